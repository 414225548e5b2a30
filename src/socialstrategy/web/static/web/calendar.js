// Drag and drop in the editorial calendar (week and month view): drop a post on another day and
// the panel's move form (#calendar-move) is sent through htmx, like the post's own "Move or edit"
// form, which stays the way to move a post without a mouse or without JavaScript.
(function () {
  var dragged = null;

  function dropTarget(event) {
    return event.target.closest && event.target.closest("[data-drop-date]");
  }

  document.addEventListener("dragstart", function (event) {
    var item = event.target.closest && event.target.closest("[data-entry]");
    if (!item) return;
    dragged = item;
    item.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", item.getAttribute("data-entry"));
  });

  document.addEventListener("dragend", function () {
    if (dragged) dragged.classList.remove("dragging");
    dragged = null;
    document.querySelectorAll(".drop-here").forEach(function (el) { el.classList.remove("drop-here"); });
  });

  document.addEventListener("dragover", function (event) {
    var target = dropTarget(event);
    if (!target || !dragged) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    target.classList.add("drop-here");
  });

  document.addEventListener("dragleave", function (event) {
    var target = dropTarget(event);
    if (target && !target.contains(event.relatedTarget)) target.classList.remove("drop-here");
  });

  document.addEventListener("drop", function (event) {
    var target = dropTarget(event);
    var form = document.getElementById("calendar-move");
    if (!target || !form || !dragged) return;
    event.preventDefault();
    var entry = event.dataTransfer.getData("text/plain") || dragged.getAttribute("data-entry");
    var day = target.getAttribute("data-drop-date");
    if (dragged.closest("[data-drop-date]") === target) return; // dropped where it was
    form.elements.entry.value = entry;
    form.elements.date.value = day;
    target.classList.add("drop-saving");
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  });
})();
