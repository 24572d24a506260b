/*
 * Safe rendering of the assistant's messages. Message text is never parsed as HTML: a tiny Markdown
 * subset (bold, italic, lists, line breaks, links) is turned into DOM nodes with textContent; anything
 * else stays text. Links may go to http/https (new tab) or call or text a phone number (tel:, sms:),
 * nothing else (never javascript:). A crisis line written out in words ("call or text 988") becomes
 * tap-to-call and tap-to-text links too. A link whose text is a web site's host name wraps only after
 * its dots. An answer's "More sources (n): a; b" line is folded behind a <details> disclosure.
 * Only definitions: tests/test_rules_once.py runs this file under node on the shared Markdown cases.
 */
(function (chat) {
  "use strict";

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

  // [label](url) | **bold** | *italic* | _italic_
  var INLINE = /\[([^\[\]\n]+)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)|\*\*(.+?)\*\*|\*(\S(?:[^*\n]*?\S)?)\*|_(\S(?:[^_\n]*?\S)?)_/g;

  function isWordChar(character) {
    return /[A-Za-z0-9]/.test(character || "");
  }

  /** Inline Markdown into ``parent``; ``inLink`` while inside a link's label (no links in links). */
  function renderInline(text, parent, inLink) {
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
        renderText(text.slice(last, start), parent, inLink);
      }
      if (match[1] !== undefined) {
        renderLink(match[1], match[2], parent); // a label has no brackets: never a link in a link
      } else if (match[3] !== undefined && chat.isReference(match[3])) {
        chat.renderReference(match[3], parent);
      } else if (match[3] !== undefined) {
        var strong = el("strong");
        renderInline(match[3], strong, inLink);
        parent.appendChild(strong);
      } else {
        var em = el("em");
        renderInline(emphasis, em, inLink);
        parent.appendChild(em);
      }
      last = end;
    }
    if (last < text.length) {
      renderText(text.slice(last), parent, inLink);
    }
  }

  // A crisis line in words: "call or text 988" (both), "call 911" / "dial 988", "text 988".
  var CRISIS_LINE = /\b(call) or (text) 988\b|\b(call|dial) (988|911)\b|\b(text) 988\b/gi;

  function phoneLink(href, number) {
    var link = el("a", "", number);
    link.href = href;
    return link;
  }

  /** Plain text, with a crisis line written out in words made tap-to-call / tap-to-text; a no-break
   *  space keeps each verb on the line of its number ("call 988", not "call" / "988"). */
  function renderText(text, parent, inLink) {
    var pattern = new RegExp(CRISIS_LINE.source, "gi");
    var last = 0;
    var match;
    while (!inLink && (match = pattern.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      if (match[1] !== undefined) {
        // "call or text 988" reads "call 988 or text 988", as the assistant's crisis answer does
        parent.appendChild(document.createTextNode(match[1] + "\u00a0"));
        parent.appendChild(phoneLink("tel:988", "988"));
        parent.appendChild(document.createTextNode(" or " + match[2] + "\u00a0"));
        parent.appendChild(phoneLink("sms:988", "988"));
      } else if (match[3] !== undefined) {
        parent.appendChild(document.createTextNode(match[3] + "\u00a0"));
        parent.appendChild(phoneLink("tel:" + match[4], match[4]));
      } else {
        parent.appendChild(document.createTextNode(match[5] + "\u00a0"));
        parent.appendChild(phoneLink("sms:988", "988"));
      }
      last = pattern.lastIndex;
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(text.slice(last)));
    }
  }

  // A link's text that is a host name (a clinic's site, "bay-clinic.example"): breaks only after a dot.
  var HOST_NAME = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

  /** The host name in pieces that never break inside ("bay-" / "clinic" would mislead), a line break
   *  allowed after each dot; the whole name in the title, for when one piece is cut with an ellipsis. */
  function renderHostName(host, link) {
    link.className = "kt-host";
    link.title = host;
    host.split(".").forEach(function (piece, index, pieces) {
      var last = index === pieces.length - 1;
      link.appendChild(el("span", "kt-host-part", last ? piece : piece + "."));
      if (!last) {
        link.appendChild(el("wbr"));
      }
    });
  }

  function renderLink(label, target, parent) {
    var safe = safeLink(target);
    if (!safe) {
      renderInline(label, parent);
      return;
    }
    var link = el("a");
    link.href = safe.href;
    if (safe.newTab && HOST_NAME.test(label)) {
      renderHostName(label, link);
    } else {
      renderInline(label, link, true);
    }
    if (safe.newTab) {
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.appendChild(srOnly(" (opens in a new tab)"));
    }
    parent.appendChild(link);
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
        entry.dir = "auto"; // a line in Persian or Hebrew reads right to left, its bullet on the right
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
        paragraph.dir = "auto";
        container.appendChild(paragraph);
      }
      renderInline(line, paragraph);
    });
  }

  chat.el = el;
  chat.srOnly = srOnly;
  chat.safeUrl = safeUrl;
  chat.renderText = renderText;
  chat.renderMarkdown = renderMarkdown;
})(window.__ketamineChat);
