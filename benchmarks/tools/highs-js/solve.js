#!/usr/bin/env node
// Solves one free-MPS file (the one `reshore export --mps` writes) with HiGHS, the npm package
// highs (WebAssembly, single-threaded), for reshore's benchmark harness
// (org.reshore.bench.HighsJsReference). Prints one JSON line on stdout:
//   {"status":"optimal","objective":2250,"bound":2250,"seconds":0.01,"nodes":1,"columns":{"flow[cn,US,all]":50,...}}
// "objective" and "columns" are present only when HiGHS holds a feasible primal solution (a
// limit status can carry the best plan found, or none); "bound" when it proved one (a MIP).
// MPS rather than LP: the MPS names are reshore's own (flow[site,market,period]), which
// ModelExport.solution maps back to a plan; the LP file spells them differently (flow(...), '~'
// for '-' and '+') because LP readers take '[' for the start of a quadratic term.
// Usage: node solve.js MODEL.mps [TIME_LIMIT_SECONDS] [MIP_REL_GAP] [RANDOM_SEED]
"use strict";
const fs = require("fs");
const loadHighs = require("highs");

async function main(argv) {
  if (argv.length < 1) throw new Error("usage: node solve.js MODEL.mps [TIME_LIMIT_SECONDS] [MIP_REL_GAP] [RANDOM_SEED]");
  const data = new Uint8Array(fs.readFileSync(argv[0]));
  const options = { output_flag: false };
  const limit = argv.length > 1 ? Number(argv[1]) : Infinity;
  if (argv.length > 2) options.mip_rel_gap = Number(argv[2]);
  if (argv.length > 3) options.random_seed = Number(argv[3]);
  const highs = await loadHighs();
  // the limit counts from the start of this process: node's start and loading the WebAssembly
  // module spend part of it
  if (Number.isFinite(limit)) options.time_limit = Math.max(0.01, limit - process.uptime());
  const statusName = {};
  for (const [name, code] of Object.entries(highs.constants.modelStatus)) statusName[code] = name;
  const out = highs.withModel({ format: "mps", data }, (model) => {
    model.options.set(options);
    const start = process.hrtime.bigint();
    model.run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const code = model.getModelStatus();
    const r = { status: statusName[code] || String(code), seconds };
    const info = (name) => {
      try {
        return model.info.get(name);
      } catch (e) {
        return undefined; // an item this build does not report
      }
    };
    const nodes = info("mip_node_count");
    if (nodes !== undefined && nodes >= 0) r.nodes = Number(nodes);
    const bound = info("mip_dual_bound");
    if (typeof bound === "number" && Number.isFinite(bound)) r.bound = bound;
    if (info("primal_solution_status") === highs.constants.solutionStatus.feasible) {
      r.objective = model.getObjectiveValue();
      const x = model.getSolution().colValue;
      const columns = {};
      for (let j = 0; j < x.length; j++) columns[model.getColName(j)] = x[j];
      r.columns = columns;
    }
    return r;
  });
  process.stdout.write(JSON.stringify(out) + "\n");
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write("highs-js: " + (e && e.message ? e.message : String(e)) + "\n");
  process.exit(2);
});
