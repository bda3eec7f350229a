#!/usr/bin/env node
// One workload with Pangea's official Node SDK (`pangea-node-sdk`), measured from inside this
// process.
//
// The Node counterpart of `authn-bench client` and bench/python/bench.py: run by the
// `authn-bench` orchestrator with the machine's Node.js, the SDK installed by the harness into a
// folder of its own (given by --modules), against an emulator it started. Prints one JSON line
// with the same fields as the other clients (see bench/src/measure.rs).
//
//     node bench.cjs --modules DIR --workload sequential|concurrent|mixed --url URL --token T
//                    --n N [--concurrency C] [--server-pid PID]
//
// - sequential: one `user.profile.getProfile` awaited after the other.
// - concurrent: C async workers calling `user.profile.getProfile` on one event loop (Node has
//   no other way: the SDK is promise-based).
// - mixed: C workers each living users through create, update, profile.update, get and delete
//   (N requests, N / 5 users), as the Python SDK's AuthNAsync does.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { createRequire } = require("node:module");

function parseArgs(argv) {
  const args = { concurrency: null, serverPid: null };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    switch (flag) {
      case "--modules": args.modules = value; break;
      case "--workload": args.workload = value; break;
      case "--url": args.url = value; break;
      case "--token": args.token = value; break;
      case "--n": args.n = Number(value); break;
      case "--concurrency": args.concurrency = Number(value); break;
      case "--server-pid": args.serverPid = Number(value); break;
      default: throw new Error(`unknown option ${flag}`);
    }
  }
  for (const required of ["modules", "workload", "url", "token", "n"]) {
    if (args[required] === undefined) throw new Error(`--${required} is required`);
  }
  if (!["sequential", "concurrent", "mixed"].includes(args.workload)) {
    throw new Error(`--workload: unknown workload ${args.workload}`);
  }
  if (args.concurrency === null) args.concurrency = args.workload === "sequential" ? 1 : 64;
  return args;
}

// Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux whatever the kernel's HZ).
const USER_HZ = 100;

/** User + system CPU seconds of another process, from /proc/<pid>/stat. */
function processCpu(pid) {
  if (pid === null) return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 1).trim().split(/\s+/);
    return (Number(fields[11]) + Number(fields[12])) / USER_HZ;
  } catch {
    return null;
  }
}

/** Nearest rank, as the Rust clients compute it. */
function quantile(values, q) {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.max(1, Math.min(sorted.length, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

function nowNs() {
  return process.hrtime.bigint();
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // The SDK lives in the harness's folder under target/, not beside this script.
  const requireSdk = createRequire(path.join(path.resolve(args.modules), "package.json"));
  const { AuthNService, PangeaConfig } = requireSdk("pangea-node-sdk");
  const version = requireSdk("pangea-node-sdk/package.json").version;
  // The emulator serves at the root: no {SERVICE_NAME} in the template, as for the Python SDK.
  // Everything else is the SDK's default.
  const authn = new AuthNService(args.token, new PangeaConfig({ baseUrlTemplate: args.url }));

  // A failure throws (the SDK's checkResponse), which ends this process with an error.
  const listed = await authn.user.list({ size: 1000 });
  const ids = listed.result.users.map((u) => u.id);
  if (ids.length === 0) throw new Error("the emulator has no users to get");

  const latencies = [];
  const timed = async (call) => {
    const start = nowNs();
    const response = await call();
    latencies.push(Number(nowNs() - start));
    return response;
  };

  const gets = async (n, concurrency) => {
    let next = 0;
    const worker = async () => {
      while (next < n) {
        const i = next++;
        await timed(() => authn.user.profile.getProfile({ id: ids[i % ids.length] }));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  };

  const mixed = async (n, concurrency) => {
    const lives = Math.floor(n / 5);
    const tag = `${process.pid}${Date.now() % 1000000000}`;
    let next = 0;
    const worker = async () => {
      while (next < lives) {
        const i = next++;
        const created = await timed(() =>
          authn.user.create({
            email: `mixed-${tag}-${i}@example.com`,
            profile: { first_name: "Bench", last_name: "User" },
          }),
        );
        const id = created.result.id;
        await timed(() => authn.user.update({ id, disabled: true }));
        await timed(() => authn.user.profile.update({ id, profile: { nickname: `nick${i}` } }));
        await timed(() => authn.user.profile.getProfile({ id }));
        await timed(() => authn.user.delete({ id }));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  };

  // Warm-up, not measured: the connections of undici's pool and the JIT.
  await gets(Math.max(4 * args.concurrency, 50), args.concurrency);
  latencies.length = 0;

  const cpuBefore = process.cpuUsage();
  const serverBefore = processCpu(args.serverPid);
  const start = nowNs();
  if (args.workload === "mixed") {
    await mixed(args.n, args.concurrency);
  } else {
    await gets(args.n, args.concurrency);
  }
  const wallNs = Number(nowNs() - start);
  const cpu = process.cpuUsage(cpuBefore);
  const serverAfter = processCpu(args.serverPid);

  const how =
    args.concurrency > 1 ? `${args.concurrency} async workers` : "one call awaited at a time";
  const sample = {
    contender: "node",
    workload: args.workload,
    client: `pangea-node-sdk ${version}, AuthNService, ${how}, Node.js ${process.version}`,
    requests: latencies.length,
    items: latencies.length,
    concurrency: args.concurrency,
    runtime: "node",
    wall_s: wallNs / 1e9,
    // process.cpuUsage covers every thread of the process (libuv's pool and V8's GC too).
    cpu_user_s: cpu.user / 1e6,
    cpu_sys_s: cpu.system / 1e6,
    // resourceUsage().maxRSS is getrusage's ru_maxrss, in KiB on Linux.
    max_rss_kib: process.resourceUsage().maxRSS,
    p50_us: quantile(latencies, 0.5) / 1e3,
    p99_us: quantile(latencies, 0.99) / 1e3,
    server_cpu_s:
      serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore,
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench.cjs: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
