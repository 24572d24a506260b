/*
 * Chat widget for the ketamine-therapy assistant. Plain JavaScript, no framework, no build step.
 *
 * Embed with one tag (see README, "The chat on a website"):
 *   <script src="https://assistant.example.org/static/widget/chat.js" data-server="https://assistant.example.org"
 *           data-clinic-id="" data-title="Ask about ketamine therapy" data-color="#0b5cad" defer></script>
 *
 * This file is the loader: it finds its own tag and loads the widget's parts from next to itself, as
 * classic scripts run in order, sharing one namespace object (window.__ketamineChat). Classic scripts,
 * not ES modules, so that a clinic site on another origin needs no CORS headers for them and the tag
 * stays the same. The parts, each with one job:
 *   config.js      the tag's data-* settings, colours and contrast, the tab's sessionStorage
 *   render.js      safe Markdown rendering: links, tap-to-call numbers, host names, sources
 *   reference.js   an inquiry reference: shown whole with a copy button, kept safe on "New conversation"
 *   panel.js       the widget's DOM in a shadow root, its status line, typing indicator and announcer
 *   messages.js    the conversation: history, bot messages, suggested replies, votes, the placeholder
 *   connection.js  Rasa's socket.io channel: session, queue, greeting, reconnecting
 *   start.js       the controls (open, close, new conversation, location, send) and the start
 *
 * Safety: message text is never parsed as HTML (render.js). The widget lives in a shadow root, so
 * the host page's CSS cannot break it and its CSS cannot leak.
 */
(function () {
  "use strict";

  var PARTS = ["config.js", "render.js", "reference.js", "panel.js", "messages.js", "connection.js", "start.js"];

  var script = document.currentScript || document.querySelector("script[src*='widget/chat.js'][data-server]");
  if (!script || window.__ketamineChat) {
    return;
  }
  var assets = new URL(".", script.src);
  window.__ketamineChat = { script: script, assets: assets };

  PARTS.forEach(function (name) {
    var part = document.createElement("script");
    part.src = new URL(name, assets).href;
    part.async = false; // inserted scripts then run in this order, each after the one before
    part.addEventListener("error", function () {
      if (window.console) {
        window.console.warn("ketamine chat: could not load " + part.src);
      }
    });
    (document.head || document.documentElement).appendChild(part);
  });
})();
