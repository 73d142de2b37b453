/* bare_sdl: the baseline for tests/bench/startup.sh. The least a program
 * can do with SDL2 + SDL2_ttf to show text: open a window, draw one line with
 * the bundled font, present, quit. It uses SDL's default renderer choice, so
 * the script can run it with the same hints as coach
 * (SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0) or without.
 *
 * usage: bare_sdl FONT.ttf [--spin SECONDS]
 * Prints "bare: first frame after N ms (at T ns)" on stderr: N since main(),
 * T the wall clock (CLOCK_REALTIME), so a script can time exec -> first frame.
 * With --spin it then redraws the same frame as fast as it can for SECONDS
 * (a render loop with no wait and no vsync: the baseline of idle.sh). */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double seconds_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    double started = seconds_now();
    if (argc < 2) {
        fprintf(stderr, "usage: bare_sdl FONT.ttf\n");
        return 2;
    }
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "bare: %s\n", SDL_GetError());
        return 2;
    }
    SDL_Window *window = SDL_CreateWindow("bare", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800, 0);
    SDL_Renderer *renderer = window != NULL ? SDL_CreateRenderer(window, -1, 0) : NULL;
    TTF_Font *font = TTF_OpenFont(argv[1], 21);
    if (renderer == NULL || font == NULL) {
        fprintf(stderr, "bare: %s\n", SDL_GetError());
        return 2;
    }
    SDL_Color ink = {30, 35, 50, 255};
    SDL_Surface *surface = TTF_RenderUTF8_Blended(font, "Dana here. I've got ten minutes.", ink);
    SDL_Texture *texture = SDL_CreateTextureFromSurface(renderer, surface);
    SDL_SetRenderDrawColor(renderer, 243, 245, 248, 255);
    SDL_RenderClear(renderer);
    SDL_Rect at = {40, 40, surface->w, surface->h};
    SDL_RenderCopy(renderer, texture, NULL, &at);
    SDL_RenderPresent(renderer);
    struct timespec wall;
    clock_gettime(CLOCK_REALTIME, &wall);
    fprintf(stderr, "bare: first frame after %.1f ms (at %lld%09ld ns)\n", (seconds_now() - started) * 1000.0,
            (long long)wall.tv_sec, wall.tv_nsec);
    if (argc >= 4 && strcmp(argv[2], "--spin") == 0) {
        double until = seconds_now() + atof(argv[3]);
        long frames = 0;
        while (seconds_now() < until) {
            SDL_Event event;
            while (SDL_PollEvent(&event))
                ;
            SDL_RenderClear(renderer);
            SDL_RenderCopy(renderer, texture, NULL, &at);
            SDL_RenderPresent(renderer);
            frames++;
        }
        fprintf(stderr, "bare: %ld frames in the spin\n", frames);
    }
    SDL_DestroyTexture(texture);
    SDL_FreeSurface(surface);
    TTF_CloseFont(font);
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
