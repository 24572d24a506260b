/*
 * An inquiry reference (**KT-XXXX-XXXX**, the visitor's only handle on a contact request): it never
 * wraps and gets a copy button, and "New conversation" asks first while the conversation shows one.
 * (E-mailing it is the assistant's "E-mail me this reference" button, an ordinary suggested reply.)
 */
(function (chat) {
  "use strict";

  // An inquiry reference as bot/inquiries/service.py makes it (KT-7F3K-92QD), shown in bold.
  var REFERENCE_PATTERN = "KT-[2-9A-Z]{4}-[2-9A-Z]{4}";
  var REFERENCE = new RegExp("^" + REFERENCE_PATTERN + "$");
  var REFERENCE_IN_TEXT = new RegExp("\\*\\*(" + REFERENCE_PATTERN + ")\\*\\*");

  chat.isReference = function (text) {
    return REFERENCE.test(text);
  };

  /** The reference on one line, with a button that copies it. */
  chat.renderReference = function (reference, parent) {
    var el = chat.el;
    var wrap = el("span", "kt-reference");
    wrap.appendChild(el("strong", "kt-reference-code", reference));
    var copy = el("button", "kt-copy");
    copy.type = "button";
    var copyLabel = el("span", "", "Copy");
    copy.appendChild(copyLabel);
    copy.appendChild(chat.srOnly(" reference " + reference));
    copy.addEventListener("click", function () {
      copyText(reference, copy, function () {
        copyLabel.textContent = "Copied";
        window.setTimeout(function () { copyLabel.textContent = "Copy"; }, 2500);
      });
    });
    wrap.appendChild(copy);
    parent.appendChild(wrap);
  };

  /** The clipboard API where the page may use it, else a selected hidden text field and "copy". */
  function copyText(text, button, copied) {
    var done = function () {
      copied();
      chat.announce("Copied");
    };
    var fallback = function () {
      var root = chat.ui.root;
      var area = chat.el("textarea", "kt-sr");
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
        chat.announce("Couldn't copy. Please write the reference down.");
      }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  /** The reference of a request sent in this conversation, if the conversation shows one. */
  function heldReference() {
    var history = chat.state.history;
    for (var i = history.length - 1; i >= 0; i--) {
      var found = history[i].who === "bot" ? REFERENCE_IN_TEXT.exec(history[i].text) : null;
      if (found) {
        return found[1];
      }
    }
    return null;
  }

  /** "New conversation": at once, or, while a reference is on screen, after asking inside the widget. */
  chat.askNewConversation = function () {
    var ui = chat.ui;
    var reference = heldReference();
    if (!reference) {
      chat.newConversation();
      return;
    }
    ui.confirmText.textContent = "Your reference " + reference + " will no longer be shown here. Copy it or " +
      "write it down first if you still need it.";
    ui.panelParts.forEach(function (part) { part.inert = true; });
    ui.confirmBox.hidden = false;
    ui.keepButton.focus();
  };

  chat.closeConfirm = function (thenNew) {
    var ui = chat.ui;
    ui.confirmBox.hidden = true;
    ui.panelParts.forEach(function (part) { part.inert = false; });
    if (thenNew) {
      chat.newConversation();
    } else {
      ui.newButton.focus();
    }
  };
})(window.__ketamineChat);
