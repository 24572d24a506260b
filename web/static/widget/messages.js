/*
 * The conversation: its history (kept in the tab's sessionStorage, so a reload shows it again), the
 * assistant's messages with their suggested replies and "Helpful? Yes / No" votes, and the message
 * box's placeholder. A reply's {placeholder} (domain.yml `custom`) sets what the box says is being
 * asked; suggested replies of earlier turns are disabled once answered; votes are small, one each.
 */
(function (chat) {
  "use strict";

  var el = chat.el;
  var srOnly = chat.srOnly;
  var store = chat.store;
  var ui = chat.ui;

  function isRecord(item) {
    return item && typeof item.text === "string" && ["user", "bot", "notice"].indexOf(item.who) >= 0;
  }

  function loadHistory() {
    try {
      var items = JSON.parse(store.get("history") || "[]");
      return Array.isArray(items) ? items.filter(isRecord) : [];
    } catch (error) {
      return [];
    }
  }

  // What the parts share and change: the records shown, and the visitor's latest message, from which
  // the replies to it are read down. connection.js adds the session's state.
  var state = chat.state = { history: loadHistory(), turnStart: null };

  function remember(record) {
    state.history.push(record);
    if (state.history.length > chat.MAX_HISTORY) {
      state.history = state.history.slice(state.history.length - chat.MAX_HISTORY);
    }
    store.set("history", JSON.stringify(state.history));
  }

  chat.renderRecord = function (record) {
    var item = el("div", "kt-msg kt-from-" + record.who);
    if (record.who === "notice") {
      item.appendChild(srOnly("Note: "));
      var notice = el("p", "kt-bubble");
      notice.appendChild(document.createTextNode(record.text));
      item.appendChild(notice);
    } else if (record.who === "user") {
      item.appendChild(srOnly("You said: "));
      var said = el("p", "kt-bubble", record.text); // as typed, never interpreted
      said.dir = "auto"; // right to left when the visitor writes so
      item.appendChild(said);
    } else {
      item.appendChild(srOnly("Assistant said: "));
      var bubble = el("div", "kt-bubble");
      chat.renderMarkdown(record.text, bubble);
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
    ui.log.appendChild(item);
    return item;
  };

  function renderButton(button) {
    var url = button.url ? chat.safeUrl(button.url) : null;
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
      chat.say(button.payload, { display: button.title });
      ui.input.focus();
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
        store.set("history", JSON.stringify(state.history));
        controls.forEach(function (other) {
          other.disabled = true;
          other.setAttribute("aria-pressed", String(other === vote));
        });
        chat.say(button.payload, { display: button.title, keepChoices: true });
        ui.input.focus();
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
    state.history.forEach(function (record) {
      if (record.who === "bot" && record.buttons && record.buttons.length) {
        record.answered = true;
      }
    });
    retire(ui.log);
  }

  function scrollTo(item) {
    var log = ui.log;
    var anchor = state.turnStart && state.turnStart.parentNode === log ? state.turnStart : item;
    var top = anchor.offsetTop - log.offsetTop;
    var bottom = item.offsetTop - log.offsetTop + item.offsetHeight;
    // Everything since the question fits: show the newest; otherwise keep the question and the start in view.
    log.scrollTop = bottom - top <= log.clientHeight ? log.scrollHeight : top - 8;
  }

  chat.addMessage = function (record, options) {
    if (record.who === "user" && !(options && options.keepChoices)) {
      retireAnswered(); // saved with the record below
    }
    remember(record);
    var item = chat.renderRecord(record);
    if (record.who === "user") {
      state.turnStart = item;
    }
    scrollTo(item);
  };

  /** What the message box says is being asked (a reply's {placeholder}), kept across reloads. */
  chat.setPlaceholder = function (text) {
    ui.input.placeholder = text || chat.DEFAULT_PLACEHOLDER;
    if (text) {
      store.set("placeholder", text);
    } else {
      store.remove("placeholder");
    }
  };

  /** A bot_uttered event: a message (text, buttons, an attachment's link) or a placeholder. */
  chat.botMessage = function (message) {
    if (!message || typeof message !== "object") {
      return;
    }
    if (typeof message.placeholder === "string" && message.text === undefined) {
      chat.setPlaceholder(message.placeholder.slice(0, 80)); // follows the question it belongs to
      return;
    }
    var buttons = (message.quick_replies || message.buttons || []).filter(function (button) {
      return button && typeof button.title === "string" && (typeof button.payload === "string" || button.url);
    }).map(function (button) {
      return { title: button.title, payload: button.payload, url: button.url };
    });
    var text = typeof message.text === "string" ? message.text : "";
    var attachment = message.attachment;
    var src = attachment && attachment.payload ? chat.safeUrl(attachment.payload.src) : null;
    if (src) {
      text += (text ? "\n" : "") + "[Open the attachment](" + src + ")";
    }
    if (!text && !buttons.length) {
      return;
    }
    chat.hideTyping();
    chat.setPlaceholder(null);
    chat.addMessage({ who: "bot", text: text, buttons: buttons });
  };
})(window.__ketamineChat);
