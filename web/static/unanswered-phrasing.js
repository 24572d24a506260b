/* Choosing from the list of all entries also picks "Another entry" among the suggestions.
 * Without JavaScript the server does the same when no suggestion is ticked. */
(function () {
  "use strict";
  var list = document.getElementById("other_entry");
  var other = document.getElementById("entry-other");
  if (list && other) {
    list.addEventListener("change", function () {
      if (list.value) {
        other.checked = true;
      }
    });
  }
})();
