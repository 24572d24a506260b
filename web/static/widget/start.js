/*
 * The controls (open and close, "New conversation", "Use my location", sending a message, the
 * keyboard) and the start: the kept conversation shown again, the panel opened as it was, the
 * widget put on the page and connected. The last of the parts chat.js loads.
 */
(function (chat) {
  "use strict";

  var ui = chat.ui;
  var state = chat.state;
  var store = chat.store;
  var input = ui.input;

  function setOpen(open, focus) {
    ui.panel.hidden = !open;
    ui.launcher.hidden = open;
    ui.launcher.setAttribute("aria-expanded", String(open));
    store.set("open", open ? "1" : "0");
    if (open) {
      ui.log.scrollTop = ui.log.scrollHeight;
      if (focus) {
        input.focus();
      }
      chat.maybeGreet();
    } else if (focus) {
      ui.launcher.focus();
    }
  }

  chat.newConversation = function () {
    state.history = [];
    store.remove("history");
    store.remove("session");
    state.sessionId = null;
    state.queue = [];
    state.greeted = false;
    chat.hideTyping();
    state.turnStart = null;
    while (ui.log.firstChild) {
      ui.log.removeChild(ui.log.firstChild);
    }
    if (state.socket && state.socket.connected) {
      chat.requestSession(); // a new id from the server; the old conversation's room is left
    }
    input.value = "";
    chat.setPlaceholder(null);
    input.focus();
  };

  function useLocation() {
    chat.addMessage({ who: "user", text: "Find clinics near my location" });
    var fallback = function (reason) {
      chat.addMessage({ who: "notice", text: reason + " Please tell me a ZIP code or a city instead." });
      chat.say("clinics near me", { silent: true });
    };
    if (!navigator.geolocation) {
      fallback("This browser can't share a location.");
      return;
    }
    chat.showTyping();
    navigator.geolocation.getCurrentPosition(function (position) {
      var factor = Math.pow(10, chat.COORDINATE_DECIMALS);
      var round = function (value) { return Math.round(value * factor) / factor; };
      chat.say("clinics near me", {
        silent: true,
        metadata: { location: { latitude: round(position.coords.latitude), longitude: round(position.coords.longitude) } }
      });
    }, function (error) {
      chat.hideTyping();
      fallback(error && error.code === 1 ? "Your location wasn't shared (permission was refused)."
        : "Your location isn't available right now.");
    }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
  }

  ui.launcher.addEventListener("click", function () { setOpen(true, true); });
  ui.closeButton.addEventListener("click", function () { setOpen(false, true); });
  ui.newButton.addEventListener("click", chat.askNewConversation);
  ui.keepButton.addEventListener("click", function () { chat.closeConfirm(false); });
  ui.startButton.addEventListener("click", function () { chat.closeConfirm(true); });
  ui.confirmBox.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.stopPropagation(); // cancels the question, does not close the chat
      chat.closeConfirm(false);
    } else if (event.key === "Tab") {
      event.preventDefault(); // focus stays in the question: its two buttons
      var active = ui.shadow.activeElement || document.activeElement;
      (active === ui.keepButton ? ui.startButton : ui.keepButton).focus();
    }
  });
  ui.locate.addEventListener("click", useLocation);
  ui.panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      setOpen(false, true);
    }
  });
  ui.form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    input.value = "";
    chat.say(text.slice(0, chat.MAX_CHARS));
    input.focus();
  });

  // ------------------------------------------------------------------ start

  state.history.forEach(chat.renderRecord);
  input.placeholder = store.get("placeholder") || chat.DEFAULT_PLACEHOLDER;
  var wasOpen = store.get("open");
  var narrow = window.matchMedia && window.matchMedia("(max-width: 480px)").matches;
  setOpen(wasOpen === null ? chat.config.open && !narrow : wasOpen === "1", false);
  (document.body || document.documentElement).appendChild(ui.host);
  chat.connect();
})(window.__ketamineChat);
