/* name: the trainee's name prompt (see name.h). */
#include "name.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "textbox.h"

typedef enum NameFocus { NAME_FOCUS_BOX, NAME_FOCUS_LOGIN } NameFocus;

struct NamePrompt {
    TextBox box;
    char login[CONF_TRAINEE_MAX_BYTES + 1]; /* "" when there is none to offer */
    char chosen[CONF_TRAINEE_MAX_BYTES + 1];
    char problem[200];                      /* why Enter did nothing ("" none) */
    bool first_time;
    NameFocus focus;
    SDL_Rect box_rect, save_rect, login_rect; /* where the last frame put them */
};

NamePrompt *name_create(void)
{
    NamePrompt *prompt = calloc(1, sizeof *prompt);
    if (prompt != NULL)
        textbox_init(&prompt->box);
    return prompt;
}

void name_destroy(NamePrompt *prompt)
{
    free(prompt);
}

void name_open(NamePrompt *prompt, const char *current, const char *login, bool first_time)
{
    textbox_init(&prompt->box);
    if (current != NULL)
        textbox_insert(&prompt->box, current, strlen(current));
    prompt->login[0] = '\0';
    if (login != NULL && conf_is_trainee_name(login))
        snprintf(prompt->login, sizeof prompt->login, "%s", login);
    prompt->chosen[0] = prompt->problem[0] = '\0';
    prompt->first_time = first_time;
    prompt->focus = NAME_FOCUS_BOX;
}

const char *name_chosen(const NamePrompt *prompt)
{
    return prompt->chosen;
}

/* The typed name, its spaces at the ends dropped, if it can be a name. */
static ViewAction choose_typed(NamePrompt *prompt, View *view)
{
    const char *text = prompt->box.text;
    size_t start = 0, end = prompt->box.length;
    while (start < end && text[start] == ' ')
        start++;
    while (end > start && text[end - 1] == ' ')
        end--;
    view->dirty = true;
    if (end == start) {
        snprintf(prompt->problem, sizeof prompt->problem, "Type your name first%s.",
                 prompt->login[0] != '\0' ? ", or use your login name" : "");
        return VIEW_STAY;
    }
    if (end - start > CONF_TRAINEE_MAX_BYTES) {
        snprintf(prompt->problem, sizeof prompt->problem, "That is longer than a name can be (%d bytes at most).",
                 CONF_TRAINEE_MAX_BYTES);
        return VIEW_STAY;
    }
    snprintf(prompt->chosen, sizeof prompt->chosen, "%.*s", (int)(end - start), text + start);
    if (!conf_is_trainee_name(prompt->chosen)) {
        prompt->chosen[0] = '\0';
        snprintf(prompt->problem, sizeof prompt->problem, "A name cannot hold control characters.");
        return VIEW_STAY;
    }
    return VIEW_NAME_CHOSEN;
}

static ViewAction choose_login(NamePrompt *prompt, View *view)
{
    view->dirty = true;
    if (prompt->login[0] == '\0')
        return VIEW_STAY;
    snprintf(prompt->chosen, sizeof prompt->chosen, "%s", prompt->login);
    return VIEW_NAME_CHOSEN;
}

ViewAction name_handle_key(NamePrompt *prompt, View *view, const SDL_KeyboardEvent *key)
{
    SDL_Keycode sym = key->keysym.sym;
    view->dirty = true;
    switch (sym) {
    case SDLK_ESCAPE:
        return prompt->first_time ? VIEW_QUIT : VIEW_TO_MENU;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (key->repeat != 0)
            return VIEW_STAY;
        return prompt->focus == NAME_FOCUS_LOGIN ? choose_login(prompt, view) : choose_typed(prompt, view);
    case SDLK_TAB:
    case SDLK_DOWN:
    case SDLK_UP:
        if (prompt->login[0] != '\0')
            prompt->focus = prompt->focus == NAME_FOCUS_BOX && sym != SDLK_UP ? NAME_FOCUS_LOGIN : NAME_FOCUS_BOX;
        return VIEW_STAY;
    default:
        break;
    }
    if (prompt->focus != NAME_FOCUS_BOX)
        return VIEW_STAY;
    prompt->problem[0] = '\0';
    switch (sym) {
    case SDLK_BACKSPACE:
        textbox_backspace(&prompt->box);
        break;
    case SDLK_DELETE:
        textbox_delete(&prompt->box);
        break;
    case SDLK_LEFT:
        textbox_left(&prompt->box);
        break;
    case SDLK_RIGHT:
        textbox_right(&prompt->box);
        break;
    case SDLK_HOME:
        textbox_home(&prompt->box);
        break;
    case SDLK_END:
        textbox_end(&prompt->box);
        break;
    default:
        break;
    }
    return VIEW_STAY;
}

void name_handle_text(NamePrompt *prompt, View *view, const char *text)
{
    if (prompt->focus != NAME_FOCUS_BOX) {
        prompt->focus = NAME_FOCUS_BOX; /* typing goes to the box */
    }
    /* a name is short: what would not fit is not taken */
    size_t room = prompt->box.length < CONF_TRAINEE_MAX_BYTES ? CONF_TRAINEE_MAX_BYTES - prompt->box.length : 0;
    size_t length = strlen(text);
    if (length > room)
        length = room;
    while (length > 0 && length < strlen(text) && ((unsigned char)text[length] & 0xC0) == 0x80)
        length--;
    textbox_insert(&prompt->box, text, length);
    prompt->problem[0] = '\0';
    view->dirty = true;
}

static bool inside(SDL_Rect rect, int x, int y)
{
    return rect.w > 0 && x >= rect.x && x < rect.x + rect.w && y >= rect.y && y < rect.y + rect.h;
}

ViewAction name_handle_click(NamePrompt *prompt, View *view, int x, int y)
{
    view->dirty = true;
    if (inside(prompt->save_rect, x, y))
        return choose_typed(prompt, view);
    if (inside(prompt->login_rect, x, y))
        return choose_login(prompt, view);
    if (inside(prompt->box_rect, x, y))
        prompt->focus = NAME_FOCUS_BOX;
    return VIEW_STAY;
}

/* A button: text on a filled pill, ringed when focused. Returns its rect. */
static SDL_Rect draw_button(View *view, const char *text, int x, int y, bool primary, bool focused)
{
    const Theme *theme = view->theme;
    int unit = view->unit;
    int w = draw_text_width(view->draw, DRAW_BODY_BOLD, text) + unit * 2;
    int h = draw_line_height(view->draw, DRAW_BODY_BOLD) + unit;
    SDL_Rect rect = {x, y, w, h};
    if (primary)
        draw_fill(view->draw, rect, unit / 2, theme->accent);
    else
        draw_framed(view->draw, rect, unit / 2, focused ? 3 : 1, focused ? theme->accent : theme->border,
                    theme->surface);
    if (primary && focused)
        draw_outline(view->draw, (SDL_Rect){x - 3, y - 3, w + 6, h + 6}, 2, theme->accent);
    draw_text(view->draw, DRAW_BODY_BOLD, text, x + unit, y + unit / 2, 0,
              primary ? theme->accent_text : theme->text);
    return rect;
}

void name_render(NamePrompt *prompt, View *view)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    int y = view_draw_header(view, "Discovery Coach", "Practise a sales discovery call with a scripted prospect", NULL);
    y += view_draw_banner(view, y);
    bool login = prompt->login[0] != '\0';
    const ViewKey keys[] = {{"Enter", prompt->focus == NAME_FOCUS_LOGIN ? "use the login name" : "save the name"},
                            {login ? "Tab" : "Esc", login ? "name box / login name" : (prompt->first_time ? "quit" : "back")},
                            {login ? "Esc" : "F11", login ? (prompt->first_time ? "quit" : "back") : "full screen"}};
    view_draw_footer(view, keys, sizeof keys / sizeof keys[0]);
    int width = view_clamp(view->width - 4 * pad, 200, unit * 36);
    int x = (view->width - width) / 2;
    y += pad * 2;
    y += draw_text(view->draw, DRAW_TITLE, "Who is practising?", x, y, width, theme->text) + pad / 2;
    y += draw_text(view->draw, DRAW_BODY,
                   "Your calls are saved under this name, so that you and your coach can follow your progress. "
                   "It is asked once and kept on this computer; change it from the menu at any time.",
                   x, y, width, theme->muted) +
         pad;

    /* the box */
    int line_h = draw_line_height(view->draw, DRAW_BODY);
    SDL_Rect box = {x, y, width, line_h + pad};
    bool focused = prompt->focus == NAME_FOCUS_BOX;
    draw_framed(view->draw, box, unit / 3, focused ? 3 : 1, focused ? theme->accent : theme->border, theme->surface);
    char shown[TEXTBOX_MAX_BYTES + TEXTBOX_COMPOSITION_BYTES + 1];
    snprintf(shown, sizeof shown, "%s", prompt->box.text);
    int text_x = box.x + pad / 2, text_y = box.y + pad / 2;
    if (prompt->box.length == 0)
        draw_text(view->draw, DRAW_BODY, "Your first and last name", text_x, text_y, 0, theme->muted);
    else
        draw_text(view->draw, DRAW_BODY, shown, text_x, text_y, box.w - pad, theme->text);
    if (focused) {
        int caret_x = text_x + draw_measure(view->draw, DRAW_BODY, prompt->box.text, prompt->box.caret);
        draw_fill(view->draw, (SDL_Rect){caret_x, text_y, unit / 8 > 2 ? unit / 8 : 2, line_h}, 0, theme->accent);
    }
    prompt->box_rect = box;
    y += box.h + pad * 3 / 4;
    if (prompt->problem[0] != '\0') {
        y += draw_text(view->draw, DRAW_SMALL_BOLD, prompt->problem, x, y, width, theme->bad) + pad / 2;
    }

    /* the buttons */
    prompt->save_rect = draw_button(view, "Save my name", x, y, true, focused);
    prompt->login_rect = (SDL_Rect){0, 0, 0, 0};
    if (login) {
        char label[CONF_TRAINEE_MAX_BYTES + 64];
        snprintf(label, sizeof label, "Use my login name “%s”", prompt->login);
        int bx = x + prompt->save_rect.w + pad;
        int bw = draw_text_width(view->draw, DRAW_BODY_BOLD, label) + unit * 2;
        int by = y;
        if (bx + bw > x + width) { /* no room beside: under it */
            bx = x;
            by = y + prompt->save_rect.h + pad / 2;
        }
        prompt->login_rect = draw_button(view, label, bx, by, false, prompt->focus == NAME_FOCUS_LOGIN);
    }
}
