/* menu: the scenario menu screen (see menu.h). */
#include "menu.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"

#define MENU_PATH_BYTES 4096
#define MENU_MAX_ENTRIES 64

typedef struct MenuEntry {
    char *path;
    char *file_name;
    char *title, *pitch, *persona;
    int difficulty;
    bool ok;
    char *error;       /* the load error as one line, when !ok */
} MenuEntry;

/* Loading: menu_scan() lists the files, then any number of threads run
 * menu_work() (each takes the next unloaded entry through `next`; they
 * touch nothing else), then menu_pick_default() chooses the selection. */
struct Menu {
    char *dir;                     /* the folders, one per line */
    char *default_scenario;
    MenuEntry entries[MENU_MAX_ENTRIES];
    char *names[MENU_MAX_ENTRIES]; /* paths of the entries */
    size_t count, selected;
    SDL_atomic_t next;             /* the next entry to load (menu_work) */
    SDL_Thread *helper;            /* a load in progress, between begin and finish */
    bool loaded;
    SDL_Rect cards[MENU_MAX_ENTRIES]; /* where the last frame drew each card (w == 0: not shown) */
    char note[256];                /* shown above the list: no folder, no files, too many */
    char trainee[200];             /* who is practising ("" not known) */
    bool trainee_editable;         /* N changes it */
};

static char *copy_string(const char *s)
{
    return s != NULL ? strdup(s) : NULL;
}

/* ---- loading ------------------------------------------------------------------ */

static void entry_free(MenuEntry *entry)
{
    free(entry->path);
    free(entry->file_name);
    free(entry->title);
    free(entry->pitch);
    free(entry->persona);
    free(entry->error);
    memset(entry, 0, sizeof *entry);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_entry(MenuEntry *entry, const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *name = slash != NULL ? slash + 1 : path;
    entry->path = copy_string(path);
    entry->file_name = copy_string(name);
    CoachError err;
    err_clear(&err);
    Scenario *scenario = scn_load(path, NULL, &err);
    if (scenario == NULL) {
        char line[1200];
        err_format(&err, line, sizeof line);
        entry->error = copy_string(line);
        entry->ok = false;
        return;
    }
    const ScnInfo *info = scn_info(scenario);
    entry->title = copy_string(info->title != NULL && info->title[0] != '\0' ? info->title : name);
    entry->pitch = copy_string(info->pitch != NULL ? info->pitch : "");
    char persona[600];
    snprintf(persona, sizeof persona, "%s%s%s%s%s", info->persona_name ? info->persona_name : "",
             info->persona_role && info->persona_role[0] ? " · " : "", info->persona_role ? info->persona_role : "",
             info->persona_company && info->persona_company[0] ? ", " : "",
             info->persona_company ? info->persona_company : "");
    entry->persona = copy_string(persona);
    entry->difficulty = info->difficulty;
    entry->ok = true;
    scn_unload(scenario);
}

static void menu_clear(Menu *menu)
{
    for (size_t i = 0; i < menu->count; i++) {
        entry_free(&menu->entries[i]);
        free(menu->names[i]);
        menu->names[i] = NULL;
    }
    menu->count = 0;
    menu->selected = 0;
    menu->note[0] = '\0';
}

/* Lists the *.lua files of each folder (the built-in one first, then the
 * trainer's; each sorted) as entries still to load. A trainer's folder that
 * does not exist is skipped: most trainers have none. */
static void menu_scan(Menu *menu)
{
    menu_clear(menu);
    SDL_AtomicSet(&menu->next, 0);
    size_t count = 0;
    bool more = false;
    const char *folder = menu->dir;
    for (size_t index = 0; *folder != '\0'; index++) {
        size_t length = strcspn(folder, "\n");
        char path[MENU_PATH_BYTES];
        snprintf(path, sizeof path, "%.*s", (int)(length < sizeof path ? length : sizeof path - 1), folder);
        folder += length + (folder[length] == '\n');
        DIR *dir = opendir(path);
        if (dir == NULL) {
            if (index == 0)
                snprintf(menu->note, sizeof menu->note, "Cannot open the scenario folder %.200s", path);
            continue;
        }
        size_t first = count;
        struct dirent *item;
        while ((item = readdir(dir)) != NULL) {
            size_t name_length = strlen(item->d_name);
            if (name_length < 5 || strcmp(item->d_name + name_length - 4, ".lua") != 0 || item->d_name[0] == '.')
                continue;
            if (count == MENU_MAX_ENTRIES) {
                more = true;
                continue;
            }
            char file[MENU_PATH_BYTES + 260];
            snprintf(file, sizeof file, "%s/%s", path, item->d_name);
            menu->names[count] = strdup(file);
            if (menu->names[count] != NULL)
                count++;
        }
        closedir(dir);
        qsort(menu->names + first, count - first, sizeof menu->names[0], compare_names);
    }
    menu->count = count;
    if (more)
        snprintf(menu->note, sizeof menu->note, "Only the first %d scenarios are listed.", MENU_MAX_ENTRIES);
    else if (count == 0 && menu->note[0] == '\0')
        snprintf(menu->note, sizeof menu->note, "No scenarios (*.lua) in %.*s", (int)strcspn(menu->dir, "\n"),
                 menu->dir);
}

/* Loads entries not taken yet by another thread, until none is left. */
static void menu_work(Menu *menu)
{
    for (;;) {
        size_t i = (size_t)SDL_AtomicAdd(&menu->next, 1);
        if (i >= menu->count)
            return;
        load_entry(&menu->entries[i], menu->names[i]);
    }
}

static int menu_thread(void *data)
{
    menu_work(data);
    return 0;
}

/* Once every entry is loaded: pre-selects the default, else the first that loads. */
static void menu_pick_default(Menu *menu)
{
    const char *wanted = menu->default_scenario != NULL ? strrchr(menu->default_scenario, '/') : NULL;
    wanted = wanted != NULL ? wanted + 1 : menu->default_scenario;
    bool found = false;
    for (size_t i = 0; i < menu->count && wanted != NULL; i++)
        if (menu->entries[i].ok && strcmp(menu->entries[i].file_name, wanted) == 0) {
            menu->selected = i;
            found = true;
        }
    for (size_t i = 0; i < menu->count && !found; i++)
        if (menu->entries[i].ok) {
            menu->selected = i;
            found = true;
        }
}

Menu *menu_create(const char *dir, const char *default_scenario)
{
    Menu *menu = calloc(1, sizeof *menu);
    if (menu == NULL)
        return NULL;
    menu->dir = copy_string(dir != NULL ? dir : "scenarios");
    menu->default_scenario = copy_string(default_scenario);
    if (menu->dir == NULL || (default_scenario != NULL && menu->default_scenario == NULL)) {
        menu_destroy(menu);
        return NULL;
    }
    return menu;
}

void menu_destroy(Menu *menu)
{
    if (menu == NULL)
        return;
    if (menu->helper != NULL)
        SDL_WaitThread(menu->helper, NULL);
    menu_clear(menu);
    free(menu->dir);
    free(menu->default_scenario);
    free(menu);
}

void menu_begin_load(Menu *menu)
{
    menu_scan(menu);
    if (menu->count > 1)
        menu->helper = SDL_CreateThread(menu_thread, "menu", menu);
}

void menu_finish_load(Menu *menu)
{
    menu_work(menu);
    if (menu->helper != NULL)
        SDL_WaitThread(menu->helper, NULL);
    menu->helper = NULL;
    menu_pick_default(menu);
    menu->loaded = true;
}

void menu_reload(Menu *menu)
{
    menu_scan(menu);
    menu_finish_load(menu);
}

bool menu_is_loaded(const Menu *menu)
{
    return menu->loaded;
}

/* ---- input ----------------------------------------------------------------------- */

static void menu_move(Menu *menu, View *view, int direction)
{
    if (menu->count == 0)
        return;
    size_t index = menu->selected;
    for (size_t step = 0; step < menu->count; step++) {
        if (direction < 0 && index == 0)
            return;
        if (direction > 0 && index + 1 >= menu->count)
            return;
        index = direction < 0 ? index - 1 : index + 1;
        if (menu->entries[index].ok) {
            menu->selected = index;
            view->dirty = true;
            return;
        }
    }
}

ViewAction menu_handle_key(Menu *menu, View *view, const SDL_KeyboardEvent *key)
{
    switch (key->keysym.sym) {
    case SDLK_UP:
        menu_move(menu, view, -1);
        break;
    case SDLK_DOWN:
        menu_move(menu, view, 1);
        break;
    case SDLK_ESCAPE:
        return VIEW_QUIT;
    case SDLK_n:
        if (menu->trainee_editable && key->repeat == 0)
            return VIEW_TO_NAME;
        break;
    case SDLK_F5:
        menu_reload(menu);
        view->dirty = true;
        break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (key->repeat == 0 && menu_selected_path(menu) != NULL)
            return VIEW_START_PLAY;
        break;
    default:
        break;
    }
    return VIEW_STAY;
}

void menu_set_trainee(Menu *menu, const char *trainee, bool editable)
{
    snprintf(menu->trainee, sizeof menu->trainee, "%s", trainee != NULL ? trainee : "");
    menu->trainee_editable = editable;
}

const char *menu_selected_path(const Menu *menu)
{
    if (menu->selected >= menu->count || !menu->entries[menu->selected].ok)
        return NULL;
    return menu->entries[menu->selected].path;
}

void menu_mark_selected_failed(Menu *menu, const char *error)
{
    if (menu->selected >= menu->count)
        return;
    MenuEntry *entry = &menu->entries[menu->selected];
    free(entry->error);
    entry->error = copy_string(error);
    entry->ok = false;
}

size_t menu_count(const Menu *menu)
{
    return menu->count;
}

size_t menu_selected(const Menu *menu)
{
    return menu->selected;
}

bool menu_entry_ok(const Menu *menu, size_t index)
{
    return index < menu->count && menu->entries[index].ok;
}

/* ---- drawing ---------------------------------------------------------------------- */

/* Height of entry's card at inner text width. */
static int card_height(View *view, const MenuEntry *entry, int inner)
{
    int unit = view->unit, pad = unit;
    int w, h, total = pad * 2 / 3;
    total += draw_line_height(view->draw, DRAW_BODY_BOLD) + unit / 4;
    if (entry->ok) {
        draw_text_size(view->draw, DRAW_BODY, entry->pitch, inner, &w, &h);
        total += h;
        if (entry->persona[0] != '\0')
            total += unit / 4 + draw_line_height(view->draw, DRAW_SMALL);
    } else {
        draw_text_size(view->draw, DRAW_SMALL, entry->error, inner, &w, &h);
        total += h;
    }
    return total + pad * 2 / 3;
}

static void draw_card(View *view, const MenuEntry *entry, SDL_Rect card, bool selected)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    int inner = card.w - 2 * pad;
    if (selected)
        draw_framed(view->draw, card, unit / 2, 3, theme->accent, theme->accent_soft);
    else
        draw_framed(view->draw, card, unit / 2, 1, theme->border, entry->ok ? theme->surface : theme->surface_alt);
    int x = card.x, ty = card.y + pad * 2 / 3;
    if (entry->ok) {
        const char *level = view_difficulty_name(entry->difficulty);
        ViewTone tone = entry->difficulty <= 1 ? VIEW_TONE_GOOD : VIEW_TONE_BAD;
        SDL_Color fill = view_tone_fill(theme, tone), ink = view_tone_ink(theme, tone);
        if (entry->difficulty == 2) {
            fill = selected ? theme->surface : theme->accent_soft;
            ink = theme->accent;
        }
        int chip = view_draw_chip(view, level, 0, 0, theme->surface, theme->text, true);
        view_draw_chip(view, level, x + card.w - pad - chip, ty, fill, ink, false);
        draw_text(view->draw, DRAW_BODY_BOLD, entry->title, x + pad, ty, inner - chip - pad, theme->text);
        ty += draw_line_height(view->draw, DRAW_BODY_BOLD) + unit / 4;
        ty += draw_text(view->draw, DRAW_BODY, entry->pitch, x + pad, ty, inner, theme->muted);
        if (entry->persona[0] != '\0')
            draw_text(view->draw, DRAW_SMALL, entry->persona, x + pad, ty + unit / 4, inner, theme->muted);
    } else {
        char name[600];
        snprintf(name, sizeof name, "%s — cannot be played", entry->file_name);
        draw_text(view->draw, DRAW_BODY_BOLD, name, x + pad, ty, inner, theme->muted);
        ty += draw_line_height(view->draw, DRAW_BODY_BOLD) + unit / 4;
        draw_text(view->draw, DRAW_SMALL, entry->error, x + pad, ty, inner, theme->bad);
    }
}

void menu_render(Menu *menu, View *view)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    char who[260] = "";
    if (menu->trainee[0] != '\0')
        snprintf(who, sizeof who, "Practising as %s", menu->trainee);
    int y = view_draw_header(view, "Discovery Coach", "Practise a sales discovery call with a scripted prospect",
                             who[0] != '\0' ? who : NULL);
    y += view_draw_banner(view, y);
    const ViewKey keys[] = {{"↑↓", "choose"}, {"Enter", "start"}, {"Esc", "quit"}, {"N", "change your name"},
                            {"F5", "list again"}, {"F11", "full screen"}};
    const ViewKey fixed[] = {{"↑↓", "choose"}, {"Enter", "start"}, {"Esc", "quit"}, {"F5", "list again"},
                             {"F11", "full screen"}};
    int bottom = (menu->trainee_editable ? view_draw_footer(view, keys, sizeof keys / sizeof keys[0])
                                         : view_draw_footer(view, fixed, sizeof fixed / sizeof fixed[0])) -
                 unit / 2;
    int card_width = view_clamp(view->width - 4 * pad, 200, unit * 46);
    int x = (view->width - card_width) / 2;
    y += pad;
    draw_text(view->draw, DRAW_BODY_BOLD, "Choose a scenario", x, y, 0, theme->muted);
    y += draw_line_height(view->draw, DRAW_BODY_BOLD) + pad / 2;
    if (menu->note[0] != '\0')
        y += draw_text(view->draw, DRAW_BODY, menu->note, x, y, card_width, theme->bad) + pad / 2;

    /* card heights, to keep the selected one in view */
    int inner = card_width - 2 * pad;
    int heights[MENU_MAX_ENTRIES];
    int total = 0;
    for (size_t i = 0; i < menu->count; i++) {
        heights[i] = card_height(view, &menu->entries[i], inner);
        total += heights[i] + pad / 2;
    }
    memset(menu->cards, 0, sizeof menu->cards);
    int list_top = y, list_bottom = bottom;
    bool scrolls = y + total > bottom;
    int more_h = draw_line_height(view->draw, DRAW_SMALL_BOLD) + unit / 2;
    if (scrolls) {
        /* a line above and below the list says how many cards are out of view */
        list_top = y + more_h;
        list_bottom = bottom - more_h;
    }
    int offset = 0, top_of_selected = 0;
    for (size_t i = 0; i < menu->selected && i < menu->count; i++)
        top_of_selected += heights[i] + pad / 2;
    int selected_height = menu->selected < menu->count ? heights[menu->selected] : 0;
    if (list_top + top_of_selected + selected_height > list_bottom)
        offset = list_top + top_of_selected + selected_height - list_bottom;
    SDL_Rect clip = {0, list_top - 4, view->width, list_bottom - list_top + 8}; /* room for the selection ring */
    SDL_RenderSetClipRect(view->renderer, &clip);
    int cy = list_top - offset;
    size_t above = 0, below = 0;
    for (size_t i = 0; i < menu->count; i++) {
        if (cy < list_top)
            above++;
        else if (cy + heights[i] > list_bottom)
            below++;
        else {
            menu->cards[i] = (SDL_Rect){x, cy, card_width, heights[i]};
            draw_card(view, &menu->entries[i], menu->cards[i], i == menu->selected && menu->entries[i].ok);
        }
        cy += heights[i] + pad / 2;
    }
    SDL_RenderSetClipRect(view->renderer, NULL);
    if (!scrolls)
        return;
    char line[120];
    if (above > 0) {
        snprintf(line, sizeof line, "▲ %zu more above", above);
        draw_text(view->draw, DRAW_SMALL_BOLD, line, x, y, 0, theme->accent);
    }
    if (below > 0) {
        snprintf(line, sizeof line, "▼ %zu more below", below);
        draw_text(view->draw, DRAW_SMALL_BOLD, line, x, list_bottom + unit / 2, 0, theme->accent);
    }
    /* and a scroll bar beside the cards: where the cards in view sit in the whole list */
    int track_x = x + card_width + pad / 2, track_w = unit / 3 < 4 ? 4 : unit / 3;
    if (track_x + track_w < view->width) {
        int track_h = list_bottom - list_top;
        draw_fill(view->draw, (SDL_Rect){track_x, list_top, track_w, track_h}, track_w / 2, theme->bar_track);
        int thumb_h = view_clamp(track_h * track_h / (total > 0 ? total : 1), unit, track_h);
        int thumb_y = list_top + (int)((long)(track_h - thumb_h) * offset / (total - track_h > 0 ? total - track_h : 1));
        draw_fill(view->draw, (SDL_Rect){track_x, view_clamp(thumb_y, list_top, list_top + track_h - thumb_h), track_w,
                                         thumb_h},
                  track_w / 2, theme->accent);
    }
}

ViewAction menu_handle_click(Menu *menu, View *view, int x, int y)
{
    for (size_t i = 0; i < menu->count; i++) {
        SDL_Rect card = menu->cards[i];
        if (card.w == 0 || x < card.x || x >= card.x + card.w || y < card.y || y >= card.y + card.h)
            continue;
        if (!menu->entries[i].ok)
            return VIEW_STAY;
        if (i == menu->selected)
            return VIEW_START_PLAY; /* a click on the chosen card starts it */
        menu->selected = i;
        view->dirty = true;
        return VIEW_STAY;
    }
    return VIEW_STAY;
}

void menu_handle_wheel(Menu *menu, View *view, int lines)
{
    for (int i = 0; i < (lines < 0 ? -lines : lines); i++)
        menu_move(menu, view, lines > 0 ? -1 : 1);
}
