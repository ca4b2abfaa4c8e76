// The live solve page (/office/solves/{id}): polls GET /api/solves/{id} every second with the session cookie and
// updates the bar, state, visits, bound/gap and elapsed time. The page renders the same server-side
// (SolveProgressView); when the run becomes final the page is reloaded once so the server shows the result links.
(function () {
  "use strict";
  var root = document.getElementById("solve");
  if (!root || root.dataset.final === "true") return;
  var id = root.dataset.id;
  var labels = JSON.parse(root.dataset.labels || "{}");
  var ANNUAL_SHARE = 0.8; // RunProgress.AnnualShare
  var number = new Intl.NumberFormat(document.documentElement.lang || "zh-CN");
  var percent = new Intl.NumberFormat(document.documentElement.lang || "zh-CN", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var finalStates = { succeeded: true, failed: true, cancelled: true };

  function $(name) { return document.getElementById(name); }
  function num(v) { return typeof v === "number" && isFinite(v) ? v : null; }

  function duration(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    if (h > 0) return h + " " + labels.hours + " " + m + " " + labels.minutes;
    if (m > 0) return m + " " + labels.minutes + " " + s + " " + labels.seconds;
    return s + " " + labels.seconds;
  }

  function show(run) {
    var p = run.progress || {};
    var f = run.figures || {};
    var fraction = num(p.overall);
    if (fraction === null) {
      var stageFraction = num(p.fraction) || 0;
      fraction = p.stage === "monthly" ? ANNUAL_SHARE + (1 - ANNUAL_SHARE) * stageFraction : ANNUAL_SHARE * stageFraction;
    }
    if (run.state === "queued") fraction = 0;
    if (run.state === "succeeded") fraction = 1;
    var visits = num(f.visits) !== null ? f.visits : num(p.visits);
    var unassigned = num(f.visits) !== null ? num(f.unassigned) : num(p.unassigned);
    var bound = num(f.visits) !== null ? (num(f.perEnterpriseBound) !== null ? f.perEnterpriseBound : num(f.lowerBound)) : num(p.bound);

    var bar = $("solve-progress");
    bar.value = Math.min(1, Math.max(0, fraction));
    bar.textContent = percent.format(bar.value);
    var state = $("solve-state");
    state.dataset.state = run.state;
    state.textContent = labels[run.state] || run.state;
    var stage = $("solve-stage");
    if (stage) stage.textContent = run.state === "running" && labels[p.stage] ? labels[p.stage] : "";
    $("solve-visits").textContent = visits === null ? "—" : number.format(visits);
    $("solve-unassigned").textContent = unassigned === null ? "—" : number.format(unassigned);
    var gap = $("solve-gap");
    if (bound === null) {
      gap.textContent = "—";
    } else {
      var text = labels.bound + " " + number.format(bound);
      if (visits !== null && bound > 0) {
        var g = visits / bound - 1;
        text += " · " + labels.gap + " " + percent.format(g);
        gap.dataset.gap = String(g);
      }
      gap.dataset.bound = String(bound);
      gap.textContent = text;
    }
    if (run.startedAt) {
      var end = run.finishedAt ? Date.parse(run.finishedAt) : Date.now();
      $("solve-elapsed").textContent = duration((end - Date.parse(run.startedAt)) / 1000);
    }
  }

  function poll() {
    fetch("/api/solves/" + encodeURIComponent(id), { credentials: "same-origin", headers: { Accept: "application/json" }, cache: "no-store" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (run) {
        show(run);
        if (finalStates[run.state]) {
          root.dataset.final = "true";
          window.location.reload();
          return;
        }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }

  window.setTimeout(poll, 1000);
})();
