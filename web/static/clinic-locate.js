/* "Fill from ZIP/city" on the clinic form.
 *
 * Progressive enhancement: without JavaScript the button stays hidden and empty latitude and
 * longitude are filled by the server on save. With it, the button asks the app's own
 * /admin/clinics/geocode (same origin, offline gazetteer) and puts the answer in the two
 * fields, which stay editable. The result is announced in a polite live region.
 */
(function () {
  "use strict";
  var box = document.querySelector("[data-geocode-url]");
  if (!box || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var button = box.querySelector(".locate-button");
  var status = box.querySelector(".locate-status");
  var fields = {zip: "zip", city: "city", state: "state", latitude: "latitude", longitude: "longitude"};
  for (var name in fields) {
    fields[name] = document.getElementById(fields[name]);
    if (!fields[name]) {
      return;
    }
  }

  function say(text, failed) {
    status.textContent = text;
    status.classList.toggle("field-error", Boolean(failed));
  }

  button.addEventListener("click", function () {
    var query = new URLSearchParams({zip: fields.zip.value, city: fields.city.value, state: fields.state.value});
    button.disabled = true;
    say("Looking up the coordinates…", false);
    fetch(box.getAttribute("data-geocode-url") + "?" + query.toString(), {credentials: "same-origin"})
      .then(function (response) {
        if (response.redirected) {
          throw new Error("Your session has ended. Log in again, or type the coordinates.");
        }
        return response.json().then(function (body) {
          if (!response.ok || !body.found) {
            throw new Error(body.message || "The coordinates could not be looked up.");
          }
          return body;
        });
      })
      .then(function (body) {
        fields.latitude.value = body.latitude;
        fields.longitude.value = body.longitude;
        say(body.message, false);
      })
      .catch(function (error) {
        say(error.message, true);
      })
      .then(function () {
        button.disabled = false;
      });
  });
  button.hidden = false;
}());
