"""`python -m bench [--quick] [--json FILE] [--only OPS]`: measure the interaction budget.

Exit status 0 whenever everything was measured, over budget or not (this is a measurement);
1 when an operation failed or the app and its floor gave different answers.
"""
from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

from bench.dataset import (
    DEFAULT_SEED,
    FULL_CUSTOMERS,
    QUICK_CUSTOMERS,
    Dataset,
    ensure_dataset,
)
from bench.report import Result, format_table, machine, notes, write_json
from bench.timing import Plan

OPERATIONS = ("startup", "memory", "search", "sort", "grid", "nps_trend", "customer_detail",
              "report_pdf", "import")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_CUSTOMERS} customers instead of {FULL_CUSTOMERS}, fewer repetitions")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--only", metavar="OPS",
                        help="comma-separated operations to run: " + ",".join(OPERATIONS))
    parser.add_argument("--customers", type=int, help="another scale (default 50 000, or 5 000 with --quick)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--reps", type=int, help="repetitions per operation (default 20, or 10 with --quick; report and import a third / half)")
    parser.add_argument("--rebuild", action="store_true", help="generate the cached dataset again")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    chosen = OPERATIONS if not args.only else tuple(o.strip() for o in args.only.split(",") if o.strip())
    unknown = [o for o in chosen if o not in OPERATIONS]
    if unknown:
        parser.error(f"unknown operation(s): {', '.join(unknown)}; choose from {', '.join(OPERATIONS)}")
    args.operations = chosen
    return args


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    customers = args.customers or (QUICK_CUSTOMERS if args.quick else FULL_CUSTOMERS)
    reps = args.reps or (10 if args.quick else 20)
    plan = Plan(reps=reps, min_reps=min(3, reps), budget_s=5.0 if args.quick else 10.0)
    heavy = Plan(reps=max(1, reps // 2 if args.quick else reps // 3), min_reps=min(2, reps),
                 budget_s=15.0 if args.quick else 20.0)
    started = time.perf_counter()
    dataset = ensure_dataset(customers, args.seed, rebuild=args.rebuild)
    results = measure_all(dataset, args.operations, plan, heavy)
    elapsed = time.perf_counter() - started

    print()
    print(f"Studio CRM benchmark — {dataset.customers} customers (seed {dataset.seed}), "
          f"{elapsed:.0f} s")
    print(format_table(results, markdown=args.markdown))
    print()
    for line in notes(results):
        print(" ", line)
    info = machine()
    print(f"  machine: {info.get('cpus')} CPUs, {info.get('cpu', '?')}, {info.get('ram_gb', '?')} GB RAM, "
          f"Python {info['python']}, SQLite {info['sqlite']}, PySide6 {info.get('pyside6', '?')}")
    if args.json:
        write_json(args.json, results, {
            "dataset": {"customers": dataset.customers, "seed": dataset.seed, "db": dataset.db_path.name},
            "machine": info, "elapsed_s": round(elapsed, 1),
        })
    return 1 if any(r.error for r in results) else 0


def measure_all(dataset: Dataset, operations: tuple[str, ...], plan: Plan, heavy: Plan) -> list[Result]:
    """Run each chosen operation; a failure is recorded in its row and the others still run."""
    from bench import floors
    from bench.operations import TARGETS_MS, Bench, in_process
    from bench.processes import startup_and_memory

    results: list[Result] = []
    scale = dataset.scale
    if "startup" in operations or "memory" in operations:
        print("measuring startup and memory …", flush=True)
        try:
            results += [r for r in startup_and_memory(dataset, plan) if r.operation in operations]
        except Exception as exc:  # one broken operation must not hide the others' numbers
            results += [Result(op, scale, TARGETS_MS[op], error=_describe(exc))
                        for op in ("startup", "memory") if op in operations]
    runners = in_process()
    chosen = [op for op in operations if op in runners]
    if not chosen:
        return results
    from crm_desktop.db import close_database, open_database
    from crm_desktop.settings import load_settings

    open_database(dataset.db_path, must_exist=True)
    conn = floors.connect(dataset.db_path)
    try:
        bench = Bench(dataset, conn, load_settings().profit_line_cents, plan, heavy)
        for op in chosen:
            print(f"measuring {op} …", flush=True)
            try:
                results.append(runners[op](bench))
            except Exception as exc:
                results.append(Result(op, scale, TARGETS_MS[op], error=_describe(exc)))
    finally:
        conn.close()
        close_database()
    order = {op: n for n, op in enumerate(OPERATIONS)}
    return sorted(results, key=lambda r: order[r.operation])


def _describe(exc: BaseException) -> str:
    traceback.print_exception(exc, file=sys.stderr)
    return f"{type(exc).__name__}: {exc}".splitlines()[0]


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
