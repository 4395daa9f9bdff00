// citebrief web app: citations, copy buttons, job progress. No framework, no build step.
// Text from the server is only ever set with textContent, never as HTML.
(function () {
  "use strict";

  // [n] → paragraph n: a click scrolls the source to it and highlights it; a hover highlights it.
  function show(n, scroll) {
    document.querySelectorAll("ol.paragraphs li.highlight").forEach(function (el) { el.classList.remove("highlight"); });
    var target = document.getElementById("p" + n);
    if (!target) { return; }
    target.classList.add("highlight");
    if (scroll) { target.scrollIntoView({ behavior: "smooth", block: "center" }); }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.cite");
    if (!link) { return; }
    event.preventDefault();
    document.querySelectorAll("ul.points li.active").forEach(function (el) { el.classList.remove("active"); });
    var item = link.closest("li");
    if (item) { item.classList.add("active"); }
    if (narrow.matches && item) {  // a phone: the paragraph opens under the bullet, no jump down the page
      show(link.dataset.n, false);
      quote(item, link.dataset.n);
    } else {
      show(link.dataset.n, true);
    }
    history.replaceState(null, "", "#p" + link.dataset.n);
  });
  var narrow = window.matchMedia("(max-width: 760px)");
  function quote(item, n) {
    var open = item.querySelector("blockquote.quote");
    if (open && open.dataset.n === n) { open.remove(); return; }
    if (open) { open.remove(); }
    var source = document.querySelector("#p" + n + " .text");
    if (!source) { return; }
    var box = document.createElement("blockquote");
    box.className = "quote";
    box.dataset.n = n;
    box.textContent = "[" + n + "] " + source.textContent;
    item.appendChild(box);
  }
  document.addEventListener("mouseover", function (event) {
    var link = event.target.closest && event.target.closest("a.cite");
    if (link) { show(link.dataset.n, false); }
  });

  // Copy the brief as text or Markdown (the renders are in hidden textareas of the page).
  function copied(message) {
    var status = document.getElementById("copied");
    if (status) { status.textContent = message; setTimeout(function () { status.textContent = ""; }, 2500); }
  }
  function fallbackCopy(area) {
    area.hidden = false;
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.hidden = true;
    copied(ok ? "Copied" : "Select and copy by hand");
  }
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var area = document.getElementById(button.dataset.copy);
      if (!area) { return; }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(area.value).then(function () { copied("Copied"); }, function () { fallbackCopy(area); });
      } else {
        fallbackCopy(area);
      }
    });
  });

  // The new-brief form: one submission at a time.
  var form = document.getElementById("new-brief");
  if (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      if (button) { button.disabled = true; }
      var note = document.getElementById("submitting");
      if (note) { note.hidden = false; }
    });
  }

  // The progress page: poll the job until it is done, then open the brief.
  var job = document.getElementById("job");
  if (job && job.dataset.state !== "failed" && job.dataset.state !== "done") {
    var stage = document.getElementById("job-stage");
    var failure = document.getElementById("job-error");
    var poll = function () {
      fetch(job.dataset.statusUrl, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (status) {
          if (status.state === "done" && status.page) { location.replace(status.page); return; }
          if (status.state === "failed" || status.error) {
            var error = status.error || { message: status.message || "failed" };
            failure.textContent = (error.source ? error.source + ": " : "") + error.message;
            failure.hidden = false;
            if (stage) { stage.hidden = true; }
            var bar = job.querySelector("progress");
            if (bar) { bar.hidden = true; }
            var heading = document.getElementById("job-heading");
            if (heading) { heading.textContent = "The brief failed"; }
            document.title = "Failed · citebrief";
            var note = document.getElementById("job-note");
            if (note) { note.hidden = true; }
            var retry = document.getElementById("job-retry");
            if (retry) { retry.hidden = false; }
            return;
          }
          if (stage && status.stage) { stage.textContent = status.stage + "…"; }
          setTimeout(poll, 400);
        })
        .catch(function () { setTimeout(poll, 1500); });
    };
    setTimeout(poll, 300);
  }

  if (location.hash.indexOf("#p") === 0) { show(location.hash.slice(2), true); }
})();
