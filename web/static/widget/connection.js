/*
 * Rasa's socket.io channel, through the official socket.io client (../vendor/socket.io.min.js,
 * installed from npm by `make`) loaded from next to the widget: session_request / session_confirm,
 * user_uttered {message, session_id, metadata}, bot_uttered {text, quick_replies}. Messages sent
 * before the session is confirmed, or while the connection is lost, wait in order and go out then.
 */
(function (chat) {
  "use strict";

  var config = chat.config;
  var state = chat.state;
  var setStatus = chat.setStatus;

  var ioClient = null;
  var lostConnection = false;
  state.socket = null;
  state.sessionId = chat.store.get("session");
  state.ready = false; // connected and the session confirmed: messages can go out
  state.queue = [];
  state.greeted = state.history.length > 0;

  function metadataFor(extra) {
    var metadata = {};
    if (config.clinicId) {
      metadata.clinic_id = config.clinicId;
    }
    if (extra) {
      Object.keys(extra).forEach(function (key) { metadata[key] = extra[key]; });
    }
    return metadata;
  }

  function flush() {
    while (state.ready && state.queue.length) {
      var next = state.queue.shift();
      state.socket.emit("user_uttered", { message: next.message, session_id: state.sessionId, metadata: next.metadata });
    }
  }

  /** Send a message (a typed text or a button payload); show what the visitor chose unless silent. */
  chat.say = function (message, options) {
    options = options || {};
    if (!options.silent) {
      chat.addMessage({ who: "user", text: options.display || message }, { keepChoices: options.keepChoices });
    }
    state.queue.push({ message: message, metadata: metadataFor(options.metadata) });
    chat.showTyping();
    flush(); // or, until the session is confirmed, kept in order for then
  };

  chat.maybeGreet = function () {
    if (!state.greeted && state.ready && !chat.ui.panel.hidden && config.greeting && state.history.length === 0 &&
        state.queue.length === 0) {
      state.greeted = true;
      chat.say(config.greeting, { silent: true });
    }
  };

  chat.requestSession = function () {
    state.ready = false;
    state.socket.emit("session_request", { session_id: state.sessionId || null });
  };

  function connect() {
    if (!config.server) {
      setStatus("The chat is not configured (data-server is missing).", "error");
      return;
    }
    if (typeof ioClient !== "function") {
      setStatus("The chat could not load. Please reload the page.", "error");
      return;
    }
    // WebSocket first (one connection, no sticky sessions needed), long-polling if a proxy blocks it.
    var socket = state.socket = ioClient(config.server, {
      path: "/socket.io", transports: ["websocket", "polling"], tryAllTransports: true, reconnectionDelayMax: 10000
    });
    socket.on("connect", function () {
      if (lostConnection) {
        lostConnection = false;
        setStatus("Reconnected.", "info", 4000);
      } else {
        setStatus("");
      }
      chat.requestSession();
    });
    socket.on("session_confirm", function (confirmed) {
      var id = typeof confirmed === "string" ? confirmed : confirmed && confirmed.session_id;
      if (!id) {
        return;
      }
      state.sessionId = id;
      chat.store.set("session", id);
      state.ready = true;
      flush();
      chat.maybeGreet();
    });
    socket.on("bot_uttered", chat.botMessage);
    socket.on("disconnect", function (reason) {
      state.ready = false;
      if (reason === "io client disconnect") {
        return;
      }
      lostConnection = true;
      chat.hideTyping();
      setStatus("Connection lost. Reconnecting\u2026 Messages you send now go out when it is back.", "error");
      if (reason === "io server disconnect") {
        socket.connect(); // the server closed it: socket.io does not retry that on its own
      }
    });
    socket.on("connect_error", function (error) {
      state.ready = false;
      chat.hideTyping();
      if (socket.active) {
        lostConnection = true;
        setStatus("Can't reach the assistant right now. Trying again\u2026", "error");
      } else {
        // Refused by the server (this site's origin is not in CORS_ORIGINS): retrying will not help.
        setStatus("The chat is not available on this page.", "error");
        if (window.console) {
          window.console.warn("ketamine chat: connection refused by " + config.server + ": " + error.message);
        }
      }
    });
  }

  /** Our own socket.io client, whatever the host page uses: its window.io (if any) is put back. */
  chat.connect = function () {
    var hostHadIo = Object.prototype.hasOwnProperty.call(window, "io");
    var hostIo = window.io;
    var client = chat.el("script");
    client.src = new URL("../vendor/socket.io.min.js", chat.assets).href;
    client.async = true;
    client.addEventListener("load", function () {
      ioClient = window.io;
      if (hostHadIo) {
        window.io = hostIo;
      }
      connect();
    });
    client.addEventListener("error", function () {
      setStatus("The chat could not load. Please reload the page.", "error");
    });
    document.head.appendChild(client);
  };
})(window.__ketamineChat);
