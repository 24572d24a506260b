/*
 * The widget's settings from its tag's data-* attributes, its colours (chosen for contrast) and the
 * browser tab's sessionStorage, where the conversation survives a reload. Loaded by chat.js.
 */
(function (chat) {
  "use strict";

  var DEFAULT_COLOR = "#0b5cad";
  var TEXT_DARK = "#1b1f24";
  var BUBBLE_BG = "#eef1f4";

  chat.MAX_CHARS = 2000;
  chat.MAX_HISTORY = 200;
  chat.TYPING_TIMEOUT_MS = 30000;
  chat.COORDINATE_DECIMALS = 2; // about 1 km: enough to rank clinics, less precise than the browser knows

  // ------------------------------------------------------------------ colours and contrast

  function validColor(value) {
    var match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value || "").trim());
    if (!match) {
      return null;
    }
    var hex = match[1];
    if (hex.length === 3) {
      hex = hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
    }
    return "#" + hex.toLowerCase();
  }

  function channels(hex) {
    return [1, 3, 5].map(function (i) { return parseInt(hex.substr(i, 2), 16); });
  }

  function luminance(hex) {
    var c = channels(hex).map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  function darken(hex, amount) {
    return "#" + channels(hex).map(function (v) {
      var s = Math.round(v * (1 - amount)).toString(16);
      return s.length === 1 ? "0" + s : s;
    }).join("");
  }

  /** The accent darkened just enough to read as text (4.5:1) on the light bubble colour. */
  function readableOn(hex, background) {
    var color = hex;
    for (var step = 0; step < 20 && contrast(color, background) < 4.5; step++) {
      color = darken(color, 0.1);
    }
    return color;
  }

  /** The accent, the text on it and the accent as text, as CSS variables on the widget's root. */
  chat.applyColors = function (root) {
    var accent = chat.config.color;
    var onAccent = contrast(accent, "#ffffff") >= contrast(accent, TEXT_DARK) ? "#ffffff" : TEXT_DARK;
    if (contrast(accent, onAccent) < 4.5) {
      accent = readableOn(accent, "#ffffff");
      onAccent = "#ffffff";
    }
    root.style.setProperty("--kt-accent", accent);
    root.style.setProperty("--kt-on-accent", onAccent);
    root.style.setProperty("--kt-accent-text", readableOn(chat.config.color, BUBBLE_BG));
  };

  // ------------------------------------------------------------------ settings from the tag

  var data = chat.script.dataset;
  chat.config = {
    server: String(data.server || "").replace(/\/+$/, ""),
    clinicId: String(data.clinicId || "").trim(),
    title: String(data.title || "").trim() || "Ask about ketamine therapy",
    color: validColor(data.color) || DEFAULT_COLOR,
    open: data.open === "true",
    greeting: data.greeting === undefined ? "/greet" : String(data.greeting)
  };

  // ------------------------------------------------------------------ storage (this browser tab only)

  var storageKey = "ketamine-chat:" + chat.config.server + ":";
  var memory = {};
  chat.store = {
    get: function (key) {
      try {
        return window.sessionStorage.getItem(storageKey + key);
      } catch (error) {
        return Object.prototype.hasOwnProperty.call(memory, key) ? memory[key] : null;
      }
    },
    set: function (key, value) {
      try {
        window.sessionStorage.setItem(storageKey + key, value);
      } catch (error) {
        memory[key] = value;
      }
    },
    remove: function (key) {
      try {
        window.sessionStorage.removeItem(storageKey + key);
      } catch (error) {
        // storage unavailable: the in-memory copy is all there is
      }
      delete memory[key];
    }
  };
})(window.__ketamineChat);
