// A click (or hover) on [n] scrolls the source column to paragraph n and highlights it.
(function () {
  function show(n, scroll) {
    document.querySelectorAll("ol.paragraphs li.highlight").forEach(function (el) { el.classList.remove("highlight"); });
    var target = document.getElementById("p" + n);
    if (!target) { return; }
    target.classList.add("highlight");
    if (scroll) { target.scrollIntoView({ behavior: "smooth", block: "center" }); }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.cite");
    if (!link) { return; }
    event.preventDefault();
    show(link.dataset.n, true);
    history.replaceState(null, "", "#p" + link.dataset.n);
  });
  document.addEventListener("mouseover", function (event) {
    var link = event.target.closest("a.cite");
    if (link) { show(link.dataset.n, false); }
  });
  if (location.hash.indexOf("#p") === 0) { show(location.hash.slice(2), true); }
})();
