/*
 * The widget's DOM, built once: a launcher and a panel (header, status line, conversation log, typing
 * indicator, message box, "Use my location", the footer note and the "Start a new conversation?"
 * question) in a shadow root, styled by chat.css only (no inline styles: strict CSPs allow it).
 * Also what the panel says outside the conversation: status, "typing" and screen-reader announcements.
 */
(function (chat) {
  "use strict";

  var el = chat.el;
  var srOnly = chat.srOnly;
  var config = chat.config;

  function bubbleIcon() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", "kt-launcher-icon");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z");
    svg.appendChild(path);
    return svg;
  }

  var host = el("div");
  host.id = "ketamine-chat";
  var shadow = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var stylesheet = el("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = new URL("chat.css", chat.assets).href;
  shadow.appendChild(stylesheet);

  var root = el("div", "kt-root");
  root.hidden = true; // until chat.css has loaded, so nothing flashes unstyled
  function reveal() {
    root.hidden = false;
    log.scrollTop = log.scrollHeight;
  }
  stylesheet.addEventListener("load", reveal);
  stylesheet.addEventListener("error", reveal);
  chat.applyColors(root);
  shadow.appendChild(root);

  var launcher = el("button", "kt-launcher");
  launcher.type = "button";
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "kt-panel");
  launcher.appendChild(bubbleIcon());
  launcher.appendChild(el("span", "kt-launcher-text", config.title));

  var panel = el("section", "kt-panel");
  panel.id = "kt-panel";
  panel.setAttribute("aria-labelledby", "kt-title");
  panel.hidden = true;

  var header = el("div", "kt-header");
  var title = el("h2", "kt-title", config.title);
  title.id = "kt-title";
  // Shown as "New" so that the title fits on one line; its name is the whole "New conversation".
  var newButton = el("button", "kt-header-button kt-new");
  var newLabel = el("span", "", "New"); // one flex item, so the space before "conversation" stays
  newLabel.appendChild(srOnly(" conversation"));
  newButton.appendChild(newLabel);
  newButton.title = "New conversation";
  newButton.type = "button";
  var closeButton = el("button", "kt-header-button kt-close");
  closeButton.type = "button";
  closeButton.setAttribute("aria-label", "Close chat");
  closeButton.title = "Close chat";
  closeButton.appendChild(el("span", "", "\u00d7"));
  closeButton.firstChild.setAttribute("aria-hidden", "true");
  header.appendChild(title);
  header.appendChild(newButton);
  header.appendChild(closeButton);

  var status = el("p", "kt-status");
  status.setAttribute("role", "status");
  status.hidden = true;

  var log = el("div", "kt-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Conversation");
  log.tabIndex = 0; // keyboard users can scroll it

  // The typing bubble is for the eyes; the status next to it (always there, so it is read out
  // reliably) says "Assistant is typing" to screen readers.
  var typing = el("div", "kt-typing");
  typing.setAttribute("aria-hidden", "true");
  var dots = el("span", "kt-dots");
  dots.appendChild(el("span"));
  dots.appendChild(el("span"));
  dots.appendChild(el("span"));
  typing.appendChild(dots);
  typing.hidden = true;
  var typingText = el("p", "kt-sr kt-typing-status");
  typingText.setAttribute("role", "status");
  typingText.setAttribute("aria-live", "polite");

  // Short announcements for screen readers ("Copied").
  var announcer = el("p", "kt-sr kt-announcer");
  announcer.setAttribute("role", "status");
  announcer.setAttribute("aria-live", "polite");
  var announceTimer = null;

  chat.announce = function (text) {
    window.clearTimeout(announceTimer);
    announcer.textContent = text;
    announceTimer = window.setTimeout(function () { announcer.textContent = ""; }, 5000);
  };

  var form = el("form", "kt-form");
  form.setAttribute("aria-label", "Send a message");
  var label = el("label", "kt-sr", "Your message");
  label.htmlFor = "kt-input";
  var input = el("input", "kt-input");
  input.id = "kt-input";
  input.type = "text";
  input.autocomplete = "off";
  input.maxLength = chat.MAX_CHARS;
  chat.DEFAULT_PLACEHOLDER = "Type your question\u2026";
  input.placeholder = chat.DEFAULT_PLACEHOLDER;
  var send = el("button", "kt-send", "Send");
  send.type = "submit";
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(send);

  var tools = el("div", "kt-tools");
  var locate = el("button", "kt-tool kt-locate", "Use my location");
  locate.type = "button";
  locate.setAttribute("aria-describedby", "kt-locate-hint");
  var locateHint = el("span", "kt-sr", "Finds licensed clinics near you; your browser asks before sharing your location.");
  locateHint.id = "kt-locate-hint";
  tools.appendChild(locate);
  tools.appendChild(locateHint);

  // The crisis line in it is tap-to-call and tap-to-text, as in the assistant's messages.
  var note = el("p", "kt-note");
  chat.renderText("Information, not medical advice. In a crisis, call or text 988.", note);

  // "New conversation" while the conversation holds a reference: asked first, inside the widget.
  var confirmBox = el("div", "kt-confirm");
  confirmBox.setAttribute("role", "alertdialog");
  confirmBox.setAttribute("aria-modal", "true");
  confirmBox.setAttribute("aria-labelledby", "kt-confirm-title");
  confirmBox.setAttribute("aria-describedby", "kt-confirm-text");
  confirmBox.hidden = true;
  var confirmCard = el("div", "kt-confirm-card");
  var confirmTitle = el("h3", "kt-confirm-title", "Start a new conversation?");
  confirmTitle.id = "kt-confirm-title";
  var confirmText = el("p", "kt-confirm-text");
  confirmText.id = "kt-confirm-text";
  var confirmActions = el("div", "kt-confirm-actions");
  var keepButton = el("button", "kt-confirm-keep", "Keep this conversation");
  keepButton.type = "button";
  var startButton = el("button", "kt-confirm-start", "Start over");
  startButton.type = "button";
  confirmActions.appendChild(keepButton);
  confirmActions.appendChild(startButton);
  confirmCard.appendChild(confirmTitle);
  confirmCard.appendChild(confirmText);
  confirmCard.appendChild(confirmActions);
  confirmBox.appendChild(confirmCard);

  var panelParts = [header, status, log, typing, typingText, form, tools, note];
  panelParts.forEach(function (part) { panel.appendChild(part); });
  panel.appendChild(announcer);
  panel.appendChild(confirmBox);
  root.appendChild(launcher);
  root.appendChild(panel);

  chat.ui = {
    host: host, shadow: shadow, root: root, launcher: launcher, panel: panel, panelParts: panelParts,
    newButton: newButton, closeButton: closeButton, log: log, form: form, input: input, locate: locate,
    confirmBox: confirmBox, confirmText: confirmText, keepButton: keepButton, startButton: startButton
  };

  // ------------------------------------------------------------------ typing indicator and status

  var typingTimer = null;

  chat.showTyping = function () {
    typing.hidden = false;
    typingText.textContent = "Assistant is typing\u2026";
    log.scrollTop = log.scrollHeight;
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(chat.hideTyping, chat.TYPING_TIMEOUT_MS);
  };

  chat.hideTyping = function () {
    window.clearTimeout(typingTimer);
    typing.hidden = true;
    typingText.textContent = "";
  };

  var statusTimer = null;

  chat.setStatus = function (text, kind, clearAfterMs) {
    window.clearTimeout(statusTimer);
    status.textContent = text || "";
    status.hidden = !text;
    status.className = "kt-status" + (kind ? " kt-status-" + kind : "");
    if (text && clearAfterMs) {
      statusTimer = window.setTimeout(function () { chat.setStatus(""); }, clearAfterMs);
    }
  };
})(window.__ketamineChat);
