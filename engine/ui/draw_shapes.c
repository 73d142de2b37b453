/* draw_shapes: filled, framed and outlined rectangles with rounded corners
 * (see draw.h). */
#include "draw.h"
#include "draw_internal.h"

static void set_color(Draw *draw, SDL_Color color)
{
    SDL_SetRenderDrawBlendMode(draw->renderer, color.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(draw->renderer, color.r, color.g, color.b, color.a);
}

void draw_fill(Draw *draw, SDL_Rect rect, int radius, SDL_Color color)
{
    if (rect.w <= 0 || rect.h <= 0)
        return;
    set_color(draw, color);
    if (radius * 2 > rect.h)
        radius = rect.h / 2;
    if (radius * 2 > rect.w)
        radius = rect.w / 2;
    if (radius <= 1) {
        SDL_RenderFillRect(draw->renderer, &rect);
        return;
    }
    SDL_Rect rows[2 * 64 + 1];
    if (radius > 64)
        radius = 64;
    int count = 0;
    for (int i = 0; i < radius; i++) {
        double dy = radius - i - 0.5;
        int inset = (int)lround(radius - sqrt((double)radius * radius - dy * dy));
        rows[count++] = (SDL_Rect){rect.x + inset, rect.y + i, rect.w - 2 * inset, 1};
        rows[count++] = (SDL_Rect){rect.x + inset, rect.y + rect.h - 1 - i, rect.w - 2 * inset, 1};
    }
    rows[count++] = (SDL_Rect){rect.x, rect.y + radius, rect.w, rect.h - 2 * radius};
    SDL_RenderFillRects(draw->renderer, rows, count);
}

/* The radius draw_fill() uses for rect. */
static int fill_radius(SDL_Rect rect, int radius)
{
    if (radius * 2 > rect.h)
        radius = rect.h / 2;
    if (radius * 2 > rect.w)
        radius = rect.w / 2;
    return radius > 64 ? 64 : radius;
}

/* The pixels [*left, *right) of row y that draw_fill(rect, radius) paints,
 * radius as fill_radius() gives it; false when the row is outside rect. */
static bool fill_row(SDL_Rect rect, int radius, int y, int *left, int *right)
{
    if (rect.w <= 0 || y < rect.y || y >= rect.y + rect.h)
        return false;
    int from_edge = y - rect.y;
    if (rect.y + rect.h - 1 - y < from_edge)
        from_edge = rect.y + rect.h - 1 - y;
    int inset = 0;
    if (radius > 1 && from_edge < radius) {
        double dy = radius - from_edge - 0.5;
        inset = (int)lround(radius - sqrt((double)radius * radius - dy * dy));
    }
    *left = rect.x + inset;
    *right = rect.x + rect.w - inset;
    return true;
}

void draw_framed(Draw *draw, SDL_Rect rect, int radius, int border, SDL_Color border_color, SDL_Color fill)
{
    SDL_Rect outer = {rect.x - border, rect.y - border, rect.w + 2 * border, rect.h + 2 * border};
    if (border <= 0 || border_color.a != 255 || fill.a != 255 || rect.w <= 0 || rect.h <= 0) {
        draw_fill(draw, outer, radius + border, border_color);
        draw_fill(draw, rect, radius, fill);
        return;
    }
    int outer_radius = fill_radius(outer, radius + border), inner_radius = fill_radius(rect, radius);
    set_color(draw, border_color);
    /* the frame row by row (the outer row less the inner one); rows that
     * repeat the row above lengthen its rectangles */
    SDL_Rect strips[128];
    int count = 0, above = 0; /* above: how many of the last strips the row above made */
    for (int y = outer.y; y < outer.y + outer.h; y++) {
        int left = 0, right = 0, inner_left = 0, inner_right = 0;
        fill_row(outer, outer_radius, y, &left, &right);
        int pieces[2][2], n = 0;
        if (fill_row(rect, inner_radius, y, &inner_left, &inner_right)) {
            int cut = inner_left < right ? inner_left : right;
            if (cut > left)
                pieces[n][0] = left, pieces[n][1] = cut, n++;
            cut = inner_right > left ? inner_right : left;
            if (right > cut)
                pieces[n][0] = cut, pieces[n][1] = right, n++;
        } else if (right > left) {
            pieces[n][0] = left, pieces[n][1] = right, n++;
        }
        bool same = n > 0 && n == above;
        for (int i = 0; i < n && same; i++) {
            const SDL_Rect *strip = &strips[count - n + i];
            same = strip->x == pieces[i][0] && strip->w == pieces[i][1] - pieces[i][0];
        }
        if (same) {
            for (int i = 0; i < n; i++)
                strips[count - n + i].h++;
            continue;
        }
        if (count + 2 > (int)(sizeof strips / sizeof strips[0])) {
            SDL_RenderFillRects(draw->renderer, strips, count);
            count = 0;
        }
        for (int i = 0; i < n; i++)
            strips[count++] = (SDL_Rect){pieces[i][0], y, pieces[i][1] - pieces[i][0], 1};
        above = n;
    }
    if (count > 0)
        SDL_RenderFillRects(draw->renderer, strips, count);
    draw_fill(draw, rect, radius, fill);
}

void draw_outline(Draw *draw, SDL_Rect rect, int thickness, SDL_Color color)
{
    set_color(draw, color);
    SDL_Rect sides[4] = {
        {rect.x, rect.y, rect.w, thickness},
        {rect.x, rect.y + rect.h - thickness, rect.w, thickness},
        {rect.x, rect.y, thickness, rect.h},
        {rect.x + rect.w - thickness, rect.y, thickness, rect.h},
    };
    SDL_RenderFillRects(draw->renderer, sides, 4);
}

