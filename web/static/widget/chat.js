/*
 * Chat widget for the ketamine-therapy assistant. Plain JavaScript, no framework.
 *
 * Embed with one tag (see README, "The chat on a website"):
 *   <script src="https://assistant.example.org/static/widget/chat.js" data-server="https://assistant.example.org"
 *           data-clinic-id="" data-title="Ask about ketamine therapy" data-color="#0b5cad" defer></script>
 *
 * It loads its stylesheet and the official socket.io client (../vendor/socket.io.min.js, installed
 * from npm by `make`) from next to itself, and talks to Rasa's socket.io channel: session_request /
 * session_confirm, user_uttered {message, session_id, metadata}, bot_uttered {text, quick_replies}.
 *
 * Safety: message text is never parsed as HTML. A tiny Markdown subset (bold, italic, lists, line
 * breaks, links) is turned into DOM nodes with textContent; anything else stays text. Links may go to
 * http/https (new tab) or call or text a phone number (tel:, sms:), nothing else (never javascript:).
 * An inquiry reference (**KT-XXXX-XXXX**) never wraps and gets a copy button; "New conversation" asks
 * first while the conversation holds one. A reply's {placeholder} (domain.yml `custom`) sets what the
 * message box says is being asked; suggested replies of earlier turns are disabled once answered.
 * An answer's "More sources (n): a; b" line is folded behind a <details> disclosure, and its
 * "Helpful? Yes / No" buttons (payload /answer_feedback{...}) are small and disabled once used.
 * The widget lives in a shadow root, so the host page's CSS cannot break it and its CSS cannot leak.
 */
(function () {
  "use strict";

  var script = document.currentScript || document.querySelector("script[src*='widget/chat.js'][data-server]");
  if (!script || window.__ketamineChat) {
    return;
  }

  var MAX_CHARS = 2000;
  var MAX_HISTORY = 200;
  var TYPING_TIMEOUT_MS = 30000;
  var COORDINATE_DECIMALS = 2; // about 1 km: enough to rank clinics, less precise than the browser knows
  var DEFAULT_COLOR = "#0b5cad";
  var TEXT_DARK = "#1b1f24";
  var BUBBLE_BG = "#eef1f4";

  var data = script.dataset;
  var config = {
    server: String(data.server || "").replace(/\/+$/, ""),
    clinicId: String(data.clinicId || "").trim(),
    title: String(data.title || "").trim() || "Ask about ketamine therapy",
    color: validColor(data.color) || DEFAULT_COLOR,
    open: data.open === "true",
    greeting: data.greeting === undefined ? "/greet" : String(data.greeting)
  };
  var assets = new URL(".", script.src);
  var storageKey = "ketamine-chat:" + config.server + ":";

  // ------------------------------------------------------------------ storage (this browser tab only)

  var memory = {};
  var store = {
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

  function loadHistory() {
    try {
      var items = JSON.parse(store.get("history") || "[]");
      return Array.isArray(items) ? items.filter(isRecord) : [];
    } catch (error) {
      return [];
    }
  }

  function isRecord(item) {
    return item && typeof item.text === "string" && ["user", "bot", "notice"].indexOf(item.who) >= 0;
  }

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

  function applyColors(root) {
    var accent = config.color;
    var onAccent = contrast(accent, "#ffffff") >= contrast(accent, TEXT_DARK) ? "#ffffff" : TEXT_DARK;
    if (contrast(accent, onAccent) < 4.5) {
      accent = readableOn(accent, "#ffffff");
      onAccent = "#ffffff";
    }
    root.style.setProperty("--kt-accent", accent);
    root.style.setProperty("--kt-on-accent", onAccent);
    root.style.setProperty("--kt-accent-text", readableOn(config.color, BUBBLE_BG));
  }

  // ------------------------------------------------------------------ safe rendering

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function srOnly(text) {
    return el("span", "kt-sr", text);
  }

  /** An http(s) URL, normalised; anything else (javascript:, data:, relative) is refused. */
  function safeUrl(value) {
    try {
      var url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  // Tap to call or text: a bare number, and for a text message at most a short body ("HOME").
  var TEL = /^tel:\+?[0-9]{3,15}$/;
  var SMS = /^sms:\+?[0-9]{3,15}(?:\?&?body=[A-Za-z0-9]{1,20})?$/;

  /** Where a Markdown link may go: an http(s) page (opened in a new tab) or a phone number to call
   *  or text (tel:, sms:, opened by the phone itself); anything else is refused. */
  function safeLink(value) {
    var target = String(value || "");
    if (TEL.test(target) || SMS.test(target)) {
      return { href: target, newTab: false };
    }
    var href = safeUrl(target);
    return href ? { href: href, newTab: true } : null;
  }

  // An inquiry reference as bot/inquiries/service.py makes it (KT-7F3K-92QD), shown in bold.
  var REFERENCE_PATTERN = "KT-[2-9A-Z]{4}-[2-9A-Z]{4}";
  var REFERENCE = new RegExp("^" + REFERENCE_PATTERN + "$");
  var REFERENCE_IN_TEXT = new RegExp("\\*\\*(" + REFERENCE_PATTERN + ")\\*\\*");

  // [label](url) | **bold** | *italic* | _italic_
  var INLINE = /\[([^\[\]\n]+)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)|\*\*(.+?)\*\*|\*(\S(?:[^*\n]*?\S)?)\*|_(\S(?:[^_\n]*?\S)?)_/g;

  function isWordChar(character) {
    return /[A-Za-z0-9]/.test(character || "");
  }

  function renderInline(text, parent) {
    var pattern = new RegExp(INLINE.source, "g");
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      var start = match.index;
      var end = pattern.lastIndex;
      var emphasis = match[4] !== undefined ? match[4] : match[5];
      if (emphasis !== undefined && (isWordChar(text.charAt(start - 1)) || isWordChar(text.charAt(end)))) {
        pattern.lastIndex = start + 1; // snake_case or 2*3*4: not emphasis
        continue;
      }
      if (start > last) {
        parent.appendChild(document.createTextNode(text.slice(last, start)));
      }
      if (match[1] !== undefined) {
        renderLink(match[1], match[2], parent);
      } else if (match[3] !== undefined && REFERENCE.test(match[3])) {
        renderReference(match[3], parent);
      } else if (match[3] !== undefined) {
        var strong = el("strong");
        renderInline(match[3], strong);
        parent.appendChild(strong);
      } else {
        var em = el("em");
        renderInline(emphasis, em);
        parent.appendChild(em);
      }
      last = end;
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(text.slice(last)));
    }
  }

  function renderLink(label, target, parent) {
    var safe = safeLink(target);
    if (!safe) {
      renderInline(label, parent);
      return;
    }
    var link = el("a");
    link.href = safe.href;
    renderInline(label, link);
    if (safe.newTab) {
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.appendChild(srOnly(" (opens in a new tab)"));
    }
    parent.appendChild(link);
  }

  /** The reference on one line, with a button that copies it. */
  function renderReference(reference, parent) {
    var wrap = el("span", "kt-reference");
    wrap.appendChild(el("strong", "kt-reference-code", reference));
    var copy = el("button", "kt-copy");
    copy.type = "button";
    var copyLabel = el("span", "", "Copy");
    copy.appendChild(copyLabel);
    copy.appendChild(srOnly(" reference " + reference));
    copy.addEventListener("click", function () {
      copyText(reference, copy, function () {
        copyLabel.textContent = "Copied";
        window.setTimeout(function () { copyLabel.textContent = "Copy"; }, 2500);
      });
    });
    wrap.appendChild(copy);
    parent.appendChild(wrap);
  }

  /** The clipboard API where the page may use it, else a selected hidden text field and "copy". */
  function copyText(text, button, copied) {
    var done = function () {
      copied();
      announce("Copied");
    };
    var fallback = function () {
      var area = el("textarea", "kt-sr");
      area.value = text;
      area.setAttribute("readonly", "");
      area.tabIndex = -1;
      root.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (error) {
        ok = false;
      }
      root.removeChild(area);
      button.focus();
      if (ok) {
        done();
      } else {
        announce("Couldn't copy. Please write the reference down.");
      }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  // A line in italics as a whole is small print: an answer's review line, a clinic's license check.
  var SMALL_PRINT = /^_[^_\n]+_$/;

  // An answer's extra sources, one line from the server (bot/kb/presentation.py): folded here.
  var MORE_SOURCES = /^More sources \((\d{1,3})\): (.+)$/;
  var SOURCES = /^Sources: /;

  /** "More sources (n): a; b; c" as a disclosure: a summary to open it, then one source per line. */
  function renderMoreSources(match, container) {
    var details = el("details", "kt-more");
    details.appendChild(el("summary", "kt-more-summary", "More sources (" + match[1] + ")"));
    var items = el("ul", "kt-more-list");
    match[2].split("; ").forEach(function (source) {
      if (source.trim()) {
        var item = el("li");
        renderInline(source.trim(), item);
        items.appendChild(item);
      }
    });
    details.appendChild(items);
    container.appendChild(details);
  }

  /** "Sources: a" and the lines after it (until the folded ones or the review line) as a list. */
  function startSources(first, container) {
    var block = el("div", "kt-sources");
    block.appendChild(el("span", "kt-sources-label", "Sources:"));
    var items = el("ul", "kt-source-list");
    block.appendChild(items);
    container.appendChild(block);
    addSource(first, items);
    return items;
  }

  function addSource(text, items) {
    var item = el("li");
    renderInline(text, item);
    items.appendChild(item);
  }

  /** Paragraphs, line breaks and "- " / "1. " lists; inline Markdown inside. Never HTML.
   *  An answer's sources become a list, the extra ones folded, and its review line small print. */
  function renderMarkdown(text, container) {
    var paragraph = null;
    var list = null;
    var sources = null; // the answer's source list while its lines go on
    var small = false; // from "Sources:" on: the answer's small print
    String(text).replace(/\r\n?/g, "\n").split("\n").forEach(function (line) {
      if (!line.trim()) {
        paragraph = list = sources = null;
        return;
      }
      var more = small ? MORE_SOURCES.exec(line) : null;
      if (more) {
        renderMoreSources(more, container);
        paragraph = list = sources = null;
        return;
      }
      if (!small && SOURCES.test(line)) {
        small = true;
        paragraph = list = null;
        sources = startSources(line.replace(SOURCES, ""), container);
        return;
      }
      if (sources && line.charAt(0) !== "_") {
        addSource(line, sources);
        return;
      }
      sources = null;
      var item = /^\s*(?:([-*\u2022])|(\d{1,3})[.)])\s+(.*)$/.exec(line);
      if (item) {
        var tag = item[2] ? "ol" : "ul";
        paragraph = null;
        if (!list || list.tagName.toLowerCase() !== tag) {
          list = el(tag);
          container.appendChild(list);
        }
        var entry = el("li");
        renderInline(item[3], entry);
        list.appendChild(entry);
        return;
      }
      list = null;
      if (SMALL_PRINT.test(line)) {
        paragraph = el("p", "kt-small");
        container.appendChild(paragraph);
      } else if (paragraph) {
        paragraph.appendChild(el("br"));
      } else {
        paragraph = el("p", small ? "kt-small" : "");
        container.appendChild(paragraph);
      }
      renderInline(line, paragraph);
    });
  }

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

  // ------------------------------------------------------------------ the widget

  window.__ketamineChat = true;
  var host = el("div");
  host.id = "ketamine-chat";
  var shadow = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var stylesheet = el("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = new URL("chat.css", assets).href;
  shadow.appendChild(stylesheet);

  var root = el("div", "kt-root");
  root.hidden = true; // until chat.css has loaded, so nothing flashes unstyled
  function reveal() {
    root.hidden = false;
    log.scrollTop = log.scrollHeight;
  }
  stylesheet.addEventListener("load", reveal);
  stylesheet.addEventListener("error", reveal);
  applyColors(root);
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

  function announce(text) {
    window.clearTimeout(announceTimer);
    announcer.textContent = text;
    announceTimer = window.setTimeout(function () { announcer.textContent = ""; }, 5000);
  }

  var form = el("form", "kt-form");
  form.setAttribute("aria-label", "Send a message");
  var label = el("label", "kt-sr", "Your message");
  label.htmlFor = "kt-input";
  var input = el("input", "kt-input");
  input.id = "kt-input";
  input.type = "text";
  input.autocomplete = "off";
  input.maxLength = MAX_CHARS;
  var DEFAULT_PLACEHOLDER = "Type your question\u2026";
  input.placeholder = DEFAULT_PLACEHOLDER;
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

  var note = el("p", "kt-note", "Information, not medical advice. In a crisis, call or text 988.");

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

  // ------------------------------------------------------------------ messages

  var history = loadHistory();

  function remember(record) {
    history.push(record);
    if (history.length > MAX_HISTORY) {
      history = history.slice(history.length - MAX_HISTORY);
    }
    store.set("history", JSON.stringify(history));
  }

  function renderRecord(record) {
    var item = el("div", "kt-msg kt-from-" + record.who);
    if (record.who === "notice") {
      item.appendChild(srOnly("Note: "));
      var notice = el("p", "kt-bubble");
      notice.appendChild(document.createTextNode(record.text));
      item.appendChild(notice);
    } else if (record.who === "user") {
      item.appendChild(srOnly("You said: "));
      item.appendChild(el("p", "kt-bubble", record.text)); // as typed, never interpreted
    } else {
      item.appendChild(srOnly("Assistant said: "));
      var bubble = el("div", "kt-bubble");
      renderMarkdown(record.text, bubble);
      item.appendChild(bubble);
      var buttons = record.buttons || [];
      var votes = buttons.filter(isVote);
      var choices = buttons.filter(function (button) { return !isVote(button); });
      if (votes.length) {
        item.appendChild(renderVotes(record, votes));
      }
      if (choices.length) {
        var group = el("div", "kt-buttons");
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", "Suggested replies");
        choices.forEach(function (button) {
          group.appendChild(renderButton(button));
        });
        if (record.answered) {
          retire(group);
        }
        item.appendChild(group);
      }
    }
    log.appendChild(item);
    return item;
  }

  function renderButton(button) {
    var url = button.url ? safeUrl(button.url) : null;
    if (url) {
      var link = el("a", "kt-choice", button.title);
      link.href = url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.appendChild(srOnly(" (opens in a new tab)"));
      return link;
    }
    var choice = el("button", "kt-choice", button.title);
    choice.type = "button";
    choice.addEventListener("click", function () {
      say(button.payload, { display: button.title });
      input.focus();
    });
    return choice;
  }

  // "Helpful? Yes / No" under an answer (payload /answer_feedback{...}): small, secondary, one vote.
  var VOTE_PREFIX = "/answer_feedback";

  function isVote(button) {
    return !button.url && typeof button.payload === "string" && button.payload.indexOf(VOTE_PREFIX + "{") === 0;
  }

  function voteValue(button) {
    try {
      return JSON.parse(button.payload.slice(VOTE_PREFIX.length)).helpful === true ? "yes" : "no";
    } catch (error) {
      return /^yes/i.test(button.title) ? "yes" : "no";
    }
  }

  function renderVotes(record, votes) {
    var group = el("div", "kt-feedback");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Was this answer helpful?");
    var question = el("span", "kt-feedback-label", "Helpful?");
    question.setAttribute("aria-hidden", "true"); // the group's name says it
    group.appendChild(question);
    var controls = votes.map(function (button) {
      var value = voteValue(button);
      var vote = el("button", "kt-vote", value === "yes" ? "Yes" : "No");
      vote.type = "button";
      vote.setAttribute("aria-label", button.title);
      if (record.voted) {
        vote.disabled = true;
        vote.setAttribute("aria-pressed", String(record.voted === value));
      }
      vote.addEventListener("click", function () {
        if (record.voted) {
          return;
        }
        record.voted = value;
        store.set("history", JSON.stringify(history));
        controls.forEach(function (other) {
          other.disabled = true;
          other.setAttribute("aria-pressed", String(other === vote));
        });
        say(button.payload, { display: button.title, keepChoices: true });
        input.focus();
      });
      group.appendChild(vote);
      return vote;
    });
    return group;
  }

  /** The suggested replies of turns the visitor has answered: disabled and out of the tab order. */
  function retire(container) {
    [].forEach.call(container.querySelectorAll("button.kt-choice"), function (button) {
      button.disabled = true;
      button.tabIndex = -1;
    });
  }

  function retireAnswered() {
    history.forEach(function (record) {
      if (record.who === "bot" && record.buttons && record.buttons.length) {
        record.answered = true;
      }
    });
    retire(log);
  }

  var turnStart = null; // the visitor's latest message: the replies to it are read from there down

  function scrollTo(item) {
    var anchor = turnStart && turnStart.parentNode === log ? turnStart : item;
    var top = anchor.offsetTop - log.offsetTop;
    var bottom = item.offsetTop - log.offsetTop + item.offsetHeight;
    // Everything since the question fits: show the newest; otherwise keep the question and the start in view.
    log.scrollTop = bottom - top <= log.clientHeight ? log.scrollHeight : top - 8;
  }

  function addMessage(record, options) {
    if (record.who === "user" && !(options && options.keepChoices)) {
      retireAnswered(); // saved with the record below
    }
    remember(record);
    var item = renderRecord(record);
    if (record.who === "user") {
      turnStart = item;
    }
    scrollTo(item);
  }

  /** What the message box says is being asked (a reply's {placeholder}), kept across reloads. */
  function setPlaceholder(text) {
    input.placeholder = text || DEFAULT_PLACEHOLDER;
    if (text) {
      store.set("placeholder", text);
    } else {
      store.remove("placeholder");
    }
  }

  function botMessage(message) {
    if (!message || typeof message !== "object") {
      return;
    }
    if (typeof message.placeholder === "string" && message.text === undefined) {
      setPlaceholder(message.placeholder.slice(0, 80)); // follows the question it belongs to
      return;
    }
    var buttons = (message.quick_replies || message.buttons || []).filter(function (button) {
      return button && typeof button.title === "string" && (typeof button.payload === "string" || button.url);
    }).map(function (button) {
      return { title: button.title, payload: button.payload, url: button.url };
    });
    var text = typeof message.text === "string" ? message.text : "";
    var attachment = message.attachment;
    if (attachment && attachment.payload && safeUrl(attachment.payload.src)) {
      text += (text ? "\n" : "") + "[Open the attachment](" + safeUrl(attachment.payload.src) + ")";
    }
    if (!text && !buttons.length) {
      return;
    }
    hideTyping();
    setPlaceholder(null);
    addMessage({ who: "bot", text: text, buttons: buttons });
  }

  // ------------------------------------------------------------------ typing indicator and status

  var typingTimer = null;

  function showTyping() {
    typing.hidden = false;
    typingText.textContent = "Assistant is typing\u2026";
    log.scrollTop = log.scrollHeight;
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(hideTyping, TYPING_TIMEOUT_MS);
  }

  function hideTyping() {
    window.clearTimeout(typingTimer);
    typing.hidden = true;
    typingText.textContent = "";
  }

  var statusTimer = null;

  function setStatus(text, kind, clearAfterMs) {
    window.clearTimeout(statusTimer);
    status.textContent = text || "";
    status.hidden = !text;
    status.className = "kt-status" + (kind ? " kt-status-" + kind : "");
    if (text && clearAfterMs) {
      statusTimer = window.setTimeout(function () { setStatus(""); }, clearAfterMs);
    }
  }

  // ------------------------------------------------------------------ connection (socket.io)

  var ioClient = null;
  var socket = null;
  var sessionId = store.get("session");
  var ready = false; // connected and the session confirmed: messages can go out
  var queue = [];
  var greeted = history.length > 0;
  var lostConnection = false;

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
    while (ready && queue.length) {
      var next = queue.shift();
      socket.emit("user_uttered", { message: next.message, session_id: sessionId, metadata: next.metadata });
    }
  }

  /** Send a message (a typed text or a button payload); show what the visitor chose unless silent. */
  function say(message, options) {
    options = options || {};
    if (!options.silent) {
      addMessage({ who: "user", text: options.display || message }, { keepChoices: options.keepChoices });
    }
    queue.push({ message: message, metadata: metadataFor(options.metadata) });
    showTyping();
    flush(); // or, until the session is confirmed, kept in order for then
  }

  function maybeGreet() {
    if (!greeted && ready && !panel.hidden && config.greeting && history.length === 0 && queue.length === 0) {
      greeted = true;
      say(config.greeting, { silent: true });
    }
  }

  function requestSession() {
    ready = false;
    socket.emit("session_request", { session_id: sessionId || null });
  }

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
    socket = ioClient(config.server, {
      path: "/socket.io", transports: ["websocket", "polling"], tryAllTransports: true, reconnectionDelayMax: 10000
    });
    socket.on("connect", function () {
      if (lostConnection) {
        lostConnection = false;
        setStatus("Reconnected.", "info", 4000);
      } else {
        setStatus("");
      }
      requestSession();
    });
    socket.on("session_confirm", function (confirmed) {
      var id = typeof confirmed === "string" ? confirmed : confirmed && confirmed.session_id;
      if (!id) {
        return;
      }
      sessionId = id;
      store.set("session", id);
      ready = true;
      flush();
      maybeGreet();
    });
    socket.on("bot_uttered", botMessage);
    socket.on("disconnect", function (reason) {
      ready = false;
      if (reason === "io client disconnect") {
        return;
      }
      lostConnection = true;
      hideTyping();
      setStatus("Connection lost. Reconnecting\u2026 Messages you send now go out when it is back.", "error");
      if (reason === "io server disconnect") {
        socket.connect(); // the server closed it: socket.io does not retry that on its own
      }
    });
    socket.on("connect_error", function (error) {
      ready = false;
      hideTyping();
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
  function loadClient(then) {
    var hostHadIo = Object.prototype.hasOwnProperty.call(window, "io");
    var hostIo = window.io;
    var client = el("script");
    client.src = new URL("../vendor/socket.io.min.js", assets).href;
    client.async = true;
    client.addEventListener("load", function () {
      ioClient = window.io;
      if (hostHadIo) {
        window.io = hostIo;
      }
      then();
    });
    client.addEventListener("error", function () {
      setStatus("The chat could not load. Please reload the page.", "error");
    });
    document.head.appendChild(client);
  }

  // ------------------------------------------------------------------ controls

  function setOpen(open, focus) {
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
    store.set("open", open ? "1" : "0");
    if (open) {
      log.scrollTop = log.scrollHeight;
      if (focus) {
        input.focus();
      }
      maybeGreet();
    } else if (focus) {
      launcher.focus();
    }
  }

  /** The reference of a request sent in this conversation, if the conversation shows one. */
  function heldReference() {
    for (var i = history.length - 1; i >= 0; i--) {
      var found = history[i].who === "bot" ? REFERENCE_IN_TEXT.exec(history[i].text) : null;
      if (found) {
        return found[1];
      }
    }
    return null;
  }

  function askNewConversation() {
    var reference = heldReference();
    if (!reference) {
      newConversation();
      return;
    }
    confirmText.textContent = "Your reference " + reference + " will no longer be shown here. Copy it or " +
      "write it down first if you still need it.";
    panelParts.forEach(function (part) { part.inert = true; });
    confirmBox.hidden = false;
    keepButton.focus();
  }

  function closeConfirm(thenNew) {
    confirmBox.hidden = true;
    panelParts.forEach(function (part) { part.inert = false; });
    if (thenNew) {
      newConversation();
    } else {
      newButton.focus();
    }
  }

  function newConversation() {
    history = [];
    store.remove("history");
    store.remove("session");
    sessionId = null;
    queue = [];
    greeted = false;
    hideTyping();
    turnStart = null;
    while (log.firstChild) {
      log.removeChild(log.firstChild);
    }
    if (socket && socket.connected) {
      requestSession(); // a new id from the server; the old conversation's room is left
    }
    input.value = "";
    setPlaceholder(null);
    input.focus();
  }

  function useLocation() {
    addMessage({ who: "user", text: "Find clinics near my location" });
    var fallback = function (reason) {
      addMessage({ who: "notice", text: reason + " Please tell me a ZIP code or a city instead." });
      say("clinics near me", { silent: true });
    };
    if (!navigator.geolocation) {
      fallback("This browser can't share a location.");
      return;
    }
    showTyping();
    navigator.geolocation.getCurrentPosition(function (position) {
      var factor = Math.pow(10, COORDINATE_DECIMALS);
      var round = function (value) { return Math.round(value * factor) / factor; };
      say("clinics near me", {
        silent: true,
        metadata: { location: { latitude: round(position.coords.latitude), longitude: round(position.coords.longitude) } }
      });
    }, function (error) {
      hideTyping();
      fallback(error && error.code === 1 ? "Your location wasn't shared (permission was refused)."
        : "Your location isn't available right now.");
    }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
  }

  launcher.addEventListener("click", function () { setOpen(true, true); });
  closeButton.addEventListener("click", function () { setOpen(false, true); });
  newButton.addEventListener("click", askNewConversation);
  keepButton.addEventListener("click", function () { closeConfirm(false); });
  startButton.addEventListener("click", function () { closeConfirm(true); });
  confirmBox.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.stopPropagation(); // cancels the question, does not close the chat
      closeConfirm(false);
    } else if (event.key === "Tab") {
      event.preventDefault(); // focus stays in the question: its two buttons
      var active = shadow.activeElement || document.activeElement;
      (active === keepButton ? startButton : keepButton).focus();
    }
  });
  locate.addEventListener("click", useLocation);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      setOpen(false, true);
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    input.value = "";
    say(text.slice(0, MAX_CHARS));
    input.focus();
  });

  // ------------------------------------------------------------------ start

  history.forEach(renderRecord);
  input.placeholder = store.get("placeholder") || DEFAULT_PLACEHOLDER;
  var wasOpen = store.get("open");
  var narrow = window.matchMedia && window.matchMedia("(max-width: 480px)").matches;
  setOpen(wasOpen === null ? config.open && !narrow : wasOpen === "1", false);
  (document.body || document.documentElement).appendChild(host);
  loadClient(connect);
})();
