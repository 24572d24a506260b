/* Adding and removing source rows on the knowledge-entry form, without reloading the page.
 *
 * Progressive enhancement: without JavaScript, "Add a source" and each row's "Remove" are
 * ordinary submit buttons and the server redraws the form with the row added or removed
 * (nothing is saved). Here the same buttons change the page directly. Rows are renumbered
 * after every change (field names sources-0-title, sources-1-title, ... and the labels), the
 * change is announced to screen readers, focus moves somewhere sensible, and an "input"
 * event lets the live preview (kb-preview.js) catch up.
 */
(function () {
  "use strict";
  var fieldset = document.querySelector("fieldset[data-sources]");
  var addButton = document.querySelector("[data-add-source]");
  if (!fieldset || !addButton) {
    return;
  }
  var list = fieldset.querySelector(".source-list");
  var status = document.getElementById("sources-status");
  var form = fieldset.form || fieldset.closest("form");

  function rows() {
    return list.querySelectorAll("[data-source-row]");
  }

  function renumberAttribute(element, name, index) {
    var value = element.getAttribute(name);
    if (value) {
      element.setAttribute(name, value.replace(/sources-\d+-/g, "sources-" + index + "-"));
    }
  }

  /* Field names, ids and labels follow the order on the page: sources-0-..., "Source 1: ...". */
  function renumber() {
    Array.prototype.forEach.call(rows(), function (row, index) {
      Array.prototype.forEach.call(row.querySelectorAll("input, label, .field-error"), function (element) {
        ["name", "id", "for", "aria-describedby"].forEach(function (name) {
          renumberAttribute(element, name, index);
        });
      });
      Array.prototype.forEach.call(row.querySelectorAll("label"), function (label) {
        label.textContent = label.textContent.replace(/^Source \d+/, "Source " + (index + 1));
      });
      var remove = row.querySelector("[data-remove-source]");
      remove.value = String(index);
      remove.querySelector(".visually-hidden").textContent = " source " + (index + 1);
    });
  }

  function changed(message) {
    status.textContent = message;
    form.dispatchEvent(new Event("input", { bubbles: true }));
  }

  /* A new row is a copy of the first one, emptied and without any error messages. */
  function addRow() {
    var row = rows()[0].cloneNode(true);
    Array.prototype.forEach.call(row.querySelectorAll(".field-error"), function (error) {
      error.parentNode.removeChild(error);
    });
    Array.prototype.forEach.call(row.querySelectorAll(".has-error"), function (field) {
      field.classList.remove("has-error");
    });
    Array.prototype.forEach.call(row.querySelectorAll("input"), function (input) {
      input.value = "";
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    });
    list.appendChild(row);
    renumber();
    row.querySelector("input").focus();
    changed("Source " + rows().length + " added.");
  }

  /* The last row is emptied rather than removed, so there is always a row to type into. */
  function removeRow(row) {
    var all = Array.prototype.slice.call(rows());
    var position = all.indexOf(row);
    if (all.length === 1) {
      Array.prototype.forEach.call(row.querySelectorAll("input"), function (input) { input.value = ""; });
      row.querySelector("input").focus();
      changed("Source 1 emptied.");
      return;
    }
    list.removeChild(row);
    renumber();
    var next = rows()[Math.min(position, rows().length - 1)];
    next.querySelector("input").focus();
    changed("Source " + (position + 1) + " removed.");
  }

  addButton.addEventListener("click", function (event) {
    event.preventDefault();
    addRow();
  });
  list.addEventListener("click", function (event) {
    var button = event.target.closest("[data-remove-source]");
    if (button) {
      event.preventDefault();
      removeRow(button.closest("[data-source-row]"));
    }
  });
})();
