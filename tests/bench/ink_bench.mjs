// The inkjs side of tests/bench/runtime.sh: compiles an .ink story, loads the
// compiled JSON, then plays STEPS random choices (seeded) and prints one JSON
// line of figures. A step = continue the story to the next choice point and
// pick one option; at an END the story is reset and play goes on.
//
// usage: node ink_bench.mjs story.ink [steps] [seed]
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Compiler, Story } from "inkjs/full";

const [path, stepsArg, seedArg] = process.argv.slice(2);
if (!path) {
    console.error("usage: node ink_bench.mjs story.ink [steps] [seed]");
    process.exit(2);
}
const steps = Number(stepsArg ?? 100000);
let seed = Number(seedArg ?? 1) >>> 0;

// xorshift32: the same small seeded generator the C bench uses.
function random(n) {
    seed ^= seed << 13; seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5; seed >>>= 0;
    return seed % n;
}

const source = readFileSync(path, "utf8");
let t0 = performance.now();
const compiled = new Compiler(source).Compile();
const compileMs = performance.now() - t0;
t0 = performance.now();
const json = compiled.ToJson();
const serialiseMs = performance.now() - t0;

t0 = performance.now();
const story = new Story(json);
const loadMs = performance.now() - t0;

let lines = 0, endings = 0;
t0 = performance.now();
for (let step = 0; step < steps; step++) {
    while (story.canContinue) {
        story.Continue();
        lines++;
    }
    const choices = story.currentChoices;
    if (choices.length === 0) {
        endings++;
        story.ResetState();
        step--;
        continue;
    }
    story.ChooseChoiceIndex(random(choices.length));
}
const playMs = performance.now() - t0;
const usPerStep = (playMs * 1000) / steps;
console.log(JSON.stringify({
    compile_ms: compileMs, serialise_ms: serialiseMs, load_ms: loadMs,
    steps, us_per_step: usPerStep, lines_per_step: lines / steps, endings,
    peak_rss_mib: process.resourceUsage().maxRSS / 1024,
}));
