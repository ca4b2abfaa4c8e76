// The whole flow through the client generated from the service's OpenAPI document (openapi-typescript + openapi-fetch):
// the office saves the register, issues a token per department, the departments submit their needs, the office starts
// a solve, polls it until it succeeds and fetches the plan and a month (JSON and xlsx); a department reads its part.
// Every request and response is typed by the document: this file compiles under `strict` with no casts.
// Usage: node dist/flow.js BASE_URL OFFICE_TOKEN INSTANCE_JSON   (run by TypedClientTests; see README.md)
import { readFileSync } from "node:fs";
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type Instance = components["schemas"]["Instance"];
type Need = components["schemas"]["Need"];
type SolveView = components["schemas"]["SolveView"];
type Problem = components["schemas"]["HttpValidationProblemDetails"] | components["schemas"]["ProblemDetails"];

const [baseUrl, officeToken, instancePath] = process.argv.slice(2);
if (!baseUrl || !officeToken || !instancePath) {
  console.error("usage: node dist/flow.js BASE_URL OFFICE_TOKEN INSTANCE_JSON");
  process.exit(2);
}

const url: string = baseUrl;

/** A client sending the bearer token; bodies are read as JSON or ProblemDetails JSON (xlsx is asked for with parseAs). */
function client(token: string) {
  return createClient<paths, "application/json" | "application/problem+json">({ baseUrl: url, headers: { Authorization: `Bearer ${token}` } });
}

function fail(what: string, status: number, error?: Problem): never {
  throw new Error(`${what}: HTTP ${status} ${error ? JSON.stringify(error) : ""}`);
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`check failed: ${what}`);
}

const sample: Instance = JSON.parse(readFileSync(instancePath, "utf8"));
const year = sample.year ?? fail("the instance has no year", 0);
const allNeeds: Need[] = sample.needs ?? [];
const register: Instance = { ...sample, needs: [] };
const office = client(officeToken);

// The office saves the register and reads it back with its version headers.
const saved = await office.PUT("/api/years/{year}/register", { params: { path: { year } }, body: register });
if (!saved.data) fail("saving the register", saved.response.status, saved.error);
const version: number = saved.data.version;
const read = await office.GET("/api/years/{year}/register", { params: { path: { year } } });
if (!read.data) fail("reading the register", read.response.status, read.error);
check(read.response.headers.get("Register-Version") === String(version), "Register-Version names the saved version");
check((read.data.enterprises ?? []).length === (sample.enterprises ?? []).length, "the register keeps every enterprise");

// A token per department, and each submits its own needs.
const departments = (sample.departments ?? []).map((d) => d.id ?? fail("a department without id", 0));
const tokens = new Map<string, string>();
for (const department of departments) {
  const issued = await office.POST("/api/tokens", { body: { department, role: "department" } });
  if (!issued.data) fail(`issuing ${department}'s token`, issued.response.status, issued.error);
  check(issued.data.role === "department" && issued.data.department === department, `${department}'s token is a department token`);
  tokens.set(department, issued.data.token);
}
for (const department of departments) {
  const needs = allNeeds.filter((n) => n.department === department);
  if (needs.length === 0) continue;
  const submitted = await client(tokens.get(department) ?? fail(department, 0)).PUT("/api/years/{year}/needs", {
    params: { path: { year } },
    body: { needs },
  });
  if (!submitted.data) fail(`submitting ${department}'s needs`, submitted.response.status, submitted.error);
  check(submitted.data.needs === needs.length, `${department}'s ${needs.length} needs are stored`);
}

// A department reading another's needs is a 403 naming the parameter, typed as ProblemDetails.
const [first, second] = departments;
if (first && second) {
  const denied = await client(tokens.get(first) ?? fail(first, 0)).GET("/api/years/{year}/needs", {
    params: { path: { year }, query: { department: second } },
  });
  check(denied.response.status === 403, `${first} reading ${second}'s needs is 403`);
  const errors = denied.error && "errors" in denied.error ? denied.error.errors : undefined;
  check(errors?.["department"] !== undefined, "the 403 names the department parameter");
}

// The office starts a solve and polls it until it succeeds.
const started = await office.POST("/api/years/{year}/solves", { params: { path: { year } } });
if (!started.data) fail("starting a solve", started.response.status, started.error);
check(started.response.status === 202 && started.data.state === "queued", "the solve is accepted and queued");
check(started.response.headers.get("Location") === started.data.location, "Location names the run");
const id: number = started.data.id;
let run: SolveView | undefined;
const deadline = Date.now() + 5 * 60_000;
for (;;) {
  const polled = await office.GET("/api/solves/{id}", { params: { path: { id } } });
  if (!polled.data) fail(`reading solve ${id}`, polled.response.status, polled.error);
  run = polled.data;
  if (run.progress) {
    // Progress is typed: its stage an enum, its shares numbers.
    const stage: "annual" | "monthly" | undefined = run.progress.stage;
    const overall: number | undefined = run.progress.overall;
    check(stage === undefined || stage === "annual" || stage === "monthly", "the progress names its stage");
    check(overall === undefined || (overall >= 0 && overall <= 1), "overall progress is a share");
  }
  if (run.state === "succeeded") break;
  if (run.state === "failed" || run.state === "cancelled") fail(`solve ${id} ended ${run.state}: ${run.error ?? ""}`, 0);
  if (Date.now() > deadline) fail(`solve ${id} still ${run.state} after 5 minutes`, 0);
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const figures = run.figures ?? fail("a succeeded run without figures", 0);
const visits: number = figures.visits ?? 0;
const peakLoad: number | "inf" | undefined = figures.peakLoad;
// The year's figures are typed too (null where the solve ignored the staff).
const unscheduled: number | null | undefined = figures.unscheduled;
const price: number | null | undefined = figures.staffingPrice;
const priceBound: number | null | undefined = figures.staffingPriceBound;
check(unscheduled == null || unscheduled >= 0, "unscheduled visits are a count");
check(price == null || priceBound == null || priceBound <= Math.max(price, 0) + (unscheduled ?? 0), "the price bound is printed beside the price");
check(visits > 0, "the plan has visits");

// The office fetches the plan and a month, as JSON and as xlsx.
const plan = await office.GET("/api/solves/{id}/plan", { params: { path: { id } } });
if (!plan.data) fail("reading the plan", plan.response.status, plan.error);
check((plan.data.visits ?? []).length === visits, "the plan holds the figures' visits");
const month = await office.GET("/api/solves/{id}/months/{month}", { params: { path: { id, month: 1 } } });
if (!month.data) fail("reading month 1", month.response.status, month.error);
check(month.data.month === 1, "month 1 is month 1");
const workbook = await office.GET("/api/solves/{id}/plan", { params: { path: { id }, query: { format: "xlsx" } }, parseAs: "arrayBuffer" });
if (!workbook.data) fail("reading the plan as xlsx", workbook.response.status, workbook.error);
check(new Uint8Array(workbook.data)[0] === 0x50, "the xlsx is a zip (PK)");
const badFormat = await office.GET("/api/solves/{id}/months/{month}", { params: { path: { id, month: 13 } } });
check(badFormat.response.status === 400 && badFormat.error?.status === 400, "month 13 is a 400 ProblemDetails");

// A department reads its part of the plan: every visit holds one of its tasks.
if (first) {
  const part = await client(tokens.get(first) ?? fail(first, 0)).GET("/api/solves/{id}/plan", { params: { path: { id } } });
  if (!part.data) fail(`${first} reading its plan`, part.response.status, part.error);
  const own = new Set(allNeeds.filter((n) => n.department === first).map((n) => n.id));
  check((part.data.visits ?? []).every((v) => (v.tasks ?? []).some((t) => own.has(t.need))), `${first} sees only visits holding its tasks`);
}

console.log(`flow ok: register v${version}, ${departments.length} departments, run ${id} succeeded with ${visits} visits ` +
  `(peak load ${String(peakLoad)}), month 1 with ${(month.data.teamDays ?? []).length} team-days`);
