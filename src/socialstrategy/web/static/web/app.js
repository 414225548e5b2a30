// Small helpers for keyboard users: focus the field a finding links to, and the first field of a
// form that htmx just opened.
(function () {
  function focusHash() {
    if (!location.hash) return;
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!el) return;
    var target = el.matches("input, select, textarea, fieldset, h2, h3, section, article") ? el : el.querySelector("input, select, textarea");
    if (target) {
      if (!target.hasAttribute("tabindex") && target.matches("section, article, h2, h3")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: false });
      target.scrollIntoView({ block: "center" });
    }
  }
  // Every htmx request sends the newest version this page knows (saves update #doc-version);
  // a form's own hidden version field is for posts without JavaScript and may be older.
  document.addEventListener("htmx:configRequest", function (event) {
    var current = document.getElementById("doc-version");
    if (current && event.detail.parameters && event.detail.parameters.version !== undefined) {
      event.detail.parameters.version = current.value;
    }
  });
  window.addEventListener("hashchange", focusHash);
  document.addEventListener("DOMContentLoaded", focusHash);
  document.addEventListener("htmx:afterSwap", function (event) {
    var form = event.detail.target.matches && event.detail.target.matches("form.item-form") ? event.detail.target : event.detail.target.querySelector && event.detail.target.querySelector("form.item-form");
    if (form) {
      var field = form.querySelector(".has-error input, .has-error select, .has-error textarea") || form.querySelector("input:not([type=hidden]), select, textarea");
      if (field) field.focus();
    }
  });
  // After a save replaces the form the keyboard was in, put the focus back somewhere sensible.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (document.activeElement && document.activeElement !== document.body) return;
    var id = event.detail.target && event.detail.target.id;
    var block = id && document.getElementById(id);
    if (!block) return;
    var target = block.querySelector("form.item-form input:not([type=hidden]), form.item-form select, form.item-form textarea")
      || (block.id === "step-form" && block.querySelector("button[type=submit]"))
      || block.querySelector(".collection-head h2, .collection-head h3");
    if (target) target.focus();
  });
})();
