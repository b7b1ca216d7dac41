/* Progressive enhancement only: every page works without this file.
   - copy buttons for citations (without JS the text is still there to select);
   - on narrow screens the filter panel starts folded, since it sits below the results there. */
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Plain-http deployments have no Clipboard API: fall back to a selected, hidden textarea.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }

  function setUpCopyButtons() {
    var status = document.querySelector(".copy-status");
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      var target = document.getElementById(button.getAttribute("data-copy"));
      if (!target) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        copyText(target.textContent).then(function () {
          if (status) { status.textContent = status.getAttribute("data-copied") || ""; }
        }, function () {
          if (status) { status.textContent = status.getAttribute("data-failed") || ""; }
          var range = document.createRange();
          range.selectNodeContents(target);
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        });
      });
    });
  }

  function foldFiltersOnNarrowScreens() {
    var panel = document.querySelector("details.facets[data-fold-narrow]");
    if (!panel || !window.matchMedia) { return; }
    if (window.matchMedia("(max-width: 59.99rem)").matches && location.hash !== "#filters") {
      panel.open = false;
    }
    document.querySelectorAll('a[href="#filters"]').forEach(function (link) {
      link.addEventListener("click", function () { panel.open = true; });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpCopyButtons();
    foldFiltersOnNarrowScreens();
  });
})();
