/* Live preview of a knowledge entry while it is typed.
 *
 * Progressive enhancement: without JavaScript the "Preview" button submits the form and
 * the page comes back with the preview. With it, the form is POSTed (CSRF token included)
 * to the server, which renders the answer exactly as the chat will show it and escapes
 * everything; the returned HTML is our own server's, never the typed text itself.
 */
(function () {
  "use strict";
  var form = document.querySelector("form[data-preview-url]");
  var region = document.getElementById("answer-preview");
  var target = document.getElementById("live-preview");
  if (!form || !region || !target || !window.fetch || !window.FormData) {
    return;
  }
  var timer = null;
  var latest = 0;

  function update() {
    var request = ++latest;
    fetch(form.getAttribute("data-preview-url"), {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin"
    }).then(function (response) {
      if (response.redirected) {  // the session ended: the server sent the login page
        throw new Error("Your session has ended. Save your text elsewhere and log in again.");
      }
      if (!response.ok) {
        throw new Error("The preview is not available right now. Use the Preview button instead.");
      }
      return response.text();
    }).then(function (html) {
      if (request === latest) {
        target.innerHTML = html;
        region.hidden = false;
      }
    }).catch(function (error) {
      if (request === latest) {
        // A network failure is a TypeError with a technical message; ours are written for people.
        target.textContent = error instanceof TypeError || !error.message
          ? "The preview is not available right now. Use the Preview button instead." : error.message;
        region.hidden = false;
      }
    });
  }

  form.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 400);
  });
  update();
})();
