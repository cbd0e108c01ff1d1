/* The roster without reloads (progressive enhancement, no framework).
   A tap on present / late / excused / absent posts the row's form with fetch and
   `Accept: application/json`; the answer updates the row and the counts. Without
   JavaScript, or when the answer is not JSON (signed out, say), the form posts as
   usual and the server redirects back to the row. */
(function () {
  "use strict";

  var roster = document.querySelector("[data-roster]");
  if (!roster || !window.fetch || !window.FormData) {
    return;
  }
  var live = roster.querySelector("[data-roster-live]");
  var closeSession = roster.querySelector("[data-close-session]");

  function pressed(form) {
    var button = form.querySelector('button[name="status"][aria-pressed="true"]');
    return button ? button.value : "";
  }

  function press(form, status) {
    form.querySelectorAll('button[name="status"]').forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.value === status));
    });
  }

  function showError(row, text) {
    var box = row.querySelector(".roster-row__error");
    if (!box) {
      box = document.createElement("p");
      box.className = "roster-row__error";
      box.setAttribute("role", "alert");
      row.appendChild(box);
    }
    box.textContent = text;
  }

  function clearError(row) {
    var box = row.querySelector(".roster-row__error");
    if (box) {
      box.remove();
    }
  }

  function showMark(row, form, data) {
    press(form, data.status);
    row.className = row.className.replace(/\s*roster-row--[\w-]+/g, "");
    row.classList.add("roster-row--" + data.status);
    row.querySelector("[data-state]").textContent = data.label;
  }

  function showCounts(counts) {
    Object.keys(counts).forEach(function (key) {
      var figure = roster.querySelector('[data-count="' + key + '"]');
      if (figure) {
        figure.textContent = counts[key];
      }
    });
    if (closeSession) {
      closeSession.hidden = counts.open === 0;
    }
  }

  var queue = Promise.resolve();

  function postAsUsual(form, button) {
    var field = document.createElement("input");
    field.type = "hidden";
    field.name = button.name;
    field.value = button.value;
    form.appendChild(field);
    form.submit();
  }

  function send(form, body, button, row, before) {
    return fetch(form.action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        "X-CSRFToken": body.get("csrfmiddlewaretoken"),
      },
    })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("application/json") === -1) {
          return { fallback: true };
        }
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (answer) {
        if (answer.fallback) {
          press(form, before);
          postAsUsual(form, button);
        } else if (answer.ok) {
          clearError(row);
          showMark(row, form, answer.data);
          showCounts(answer.data.counts);
          var name = row.querySelector(".roster-row__name").textContent;
          live.textContent = name + ": " + answer.data.label;
        } else {
          press(form, before);
          showError(row, answer.data.error || roster.dataset.failedMessage);
        }
      })
      .catch(function () {
        press(form, before);
        showError(row, roster.dataset.offlineMessage);
      })
      .finally(function () {
        delete form.dataset.busy;
        row.removeAttribute("aria-busy");
      });
  }

  roster.addEventListener("submit", function (event) {
    var form = event.target;
    var button = event.submitter;
    if (!form.matches("[data-mark]") || !button || button.name !== "status") {
      return;
    }
    event.preventDefault();
    if (form.dataset.busy) {
      return; // a double tap: the first post is still on its way
    }
    var row = form.closest("[data-row]");
    var before = pressed(form);
    var body = new FormData(form);
    body.append(button.name, button.value);
    form.dataset.busy = "true";
    row.setAttribute("aria-busy", "true");
    press(form, button.value);

    // One mark at a time: each answer's counts then include every earlier tap
    // (two posts in flight would each count without the other).
    queue = queue.then(function () {
      return send(form, body, button, row, before);
    });
  });
})();
