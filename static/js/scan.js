/* Check-in by ticket code (templates/events/teach/scan.html).
 *
 * Without this script the form posts and the page shows the result after a redirect.
 * With it: codes go to the server with fetch and the answer shows at once; hand
 * scanners type into the focused field and press Enter; the camera reads QR codes where
 * the browser has BarcodeDetector. While offline, codes wait in localStorage and are
 * sent in order once the connection is back: the server's check-in is idempotent, so a
 * code sent twice only answers "already checked in". Each code carries the time it was
 * scanned (ISO 8601, UTC), which the server keeps when the code arrives late, and – for
 * staff after the session – the reason for the correction typed when it was scanned.
 */
(function () {
  "use strict";

  const root = document.querySelector("[data-scan]");
  if (!root || !window.fetch) return;

  const QUEUE_KEY = "mint.checkIn.queue";
  const SAME_CODE_PAUSE = 4000; // ms the camera ignores a code it has just read
  const RETRY_EVERY = 15000; // ms between tries while codes wait; "online" may not fire
  const FRAME_EVERY = 200; // ms between camera frames looked at
  const LOG_LENGTH = 8;

  const texts = JSON.parse(document.getElementById("scan-texts").textContent);
  const checkInUrl = root.dataset.checkInUrl;
  const language = document.documentElement.lang || undefined;
  const form = root.querySelector("[data-scan-form]");
  const input = form.querySelector("input[name=code]");
  const reasonField = form.querySelector("input[name=reason]");
  const result = root.querySelector("[data-scan-result]");
  const logSection = root.querySelector("[data-scan-log-section]");
  const log = root.querySelector("[data-scan-log]");
  const queueStatus = root.querySelector("[data-scan-queue]");
  const camera = {
    toggle: root.querySelector("[data-camera-toggle]"),
    video: root.querySelector("[data-camera-video]"),
    unsupported: root.querySelector("[data-camera-unsupported]"),
    error: root.querySelector("[data-camera-error]"),
    stream: null,
    detector: null,
    timer: null,
    seen: new Map(),
  };

  // One request at a time, in the order the codes came.
  let line = Promise.resolve();
  let flushing = false;

  function enqueueWork(work) {
    line = line.then(work).catch(function () {});
    return line;
  }

  // Showing results

  function show(answer) {
    const field = function (name) {
      return result.querySelector('[data-field="' + name + '"]');
    };
    const booking = answer.booking || null;
    const name = answer.name || (booking ? booking.label : "");
    result.querySelectorAll("[data-field]").forEach(function (node) {
      if (node.dataset.field !== "link") node.textContent = "";
    });
    result.className = "scan-result scan-result--" + (answer.colour || "red");
    result.dataset.result = answer.result || "error";
    void result.offsetWidth; // restart the highlight animation
    result.classList.add("scan-result--fresh");
    // A moment later, so a screen reader announces the same text twice in a row too.
    window.setTimeout(function () {
      field("title").textContent = answer.title || texts["title_" + answer.result] || "";
      field("name").textContent = name;
      field("name").hidden = !name;
      field("age").textContent = answer.age_label || "";
      field("age").hidden = !answer.age_label;
      field("message").textContent = answer.message || "";
      const link = field("link");
      link.hidden = !(booking && booking.url);
      if (booking && booking.url) {
        link.querySelector("a").href = booking.url;
        link.querySelector("a").textContent = booking.link_text;
      }
    }, 30);
    buzz(answer.colour);
  }

  function buzz(colour) {
    if (!navigator.vibrate) return;
    const patterns = { green: 80, amber: [80, 80, 80], red: [300], queued: [40, 60, 40] };
    try {
      navigator.vibrate(patterns[colour] || 0);
    } catch (error) {
      /* not allowed here: never mind */
    }
  }

  function addToLog(answer, sentLater) {
    const item = document.createElement("li");
    item.className = "scan-log__item scan-log__item--" + (answer.colour || "red");
    const what = document.createElement("span");
    what.className = "scan-log__what";
    what.textContent = answer.title || texts["title_" + answer.result] || "";
    const who = answer.name || (answer.booking ? answer.booking.label : "");
    item.append(what);
    if (who) {
      const person = document.createElement("span");
      person.className = "scan-log__who";
      person.textContent = who;
      item.append(" ", person);
    }
    const when = document.createElement("span");
    when.className = "scan-log__when";
    when.textContent = new Date().toLocaleTimeString(language, {
      hour: "2-digit",
      minute: "2-digit",
    });
    if (sentLater) when.textContent += " · " + texts.sent_later;
    item.append(" ", when);
    log.prepend(item);
    while (log.children.length > LOG_LENGTH) log.lastElementChild.remove();
    logSection.hidden = false;
  }

  // The queue on this device

  function loadQueue() {
    try {
      const queue = JSON.parse(window.localStorage.getItem(QUEUE_KEY) || "[]");
      return Array.isArray(queue) ? queue : [];
    } catch (error) {
      return [];
    }
  }

  function saveQueue(queue) {
    try {
      window.localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
    } catch (error) {
      /* storage full or blocked: the code stays in this page's memory only */
    }
  }

  function addToQueue(entry) {
    const queue = loadQueue();
    if (!queue.some(function (queued) { return queued.id === entry.id; })) queue.push(entry);
    saveQueue(queue);
    showQueue();
  }

  function removeFromQueue(id) {
    saveQueue(loadQueue().filter(function (entry) { return entry.id !== id; }));
  }

  function showQueue(message) {
    const waiting = loadQueue().length;
    if (message) {
      queueStatus.textContent = message;
    } else {
      queueStatus.textContent = waiting ? texts.waiting.replace("%(count)s", waiting) : "";
    }
    if (queueStatus.textContent) logSection.hidden = false;
  }

  function newId() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2);
  }

  // Talking to the server

  function csrfToken() {
    const field = form.querySelector("[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  // "answered": the server decided (green, amber, red or a refusal): done with the code.
  // "offline": no answer or a server failure: keep the code and try again later.
  // "signed_out": the server wants a new sign-in (401, or 403 for a stale CSRF token):
  // keep the code too, and say so.
  async function post(entry) {
    let response;
    try {
      response = await fetch(entry.url, {
        method: "POST",
        credentials: "same-origin",
        headers: { Accept: "application/json", "X-CSRFToken": csrfToken() },
        body: new URLSearchParams({
          code: entry.code,
          client_id: entry.id,
          scanned_at: entry.at,
          reason: entry.reason || "",
        }),
      });
    } catch (error) {
      return { state: "offline" };
    }
    if (response.status >= 500) return { state: "offline" };
    if (response.status === 401 || response.status === 403) return { state: "signed_out" };
    let answer = null;
    try {
      answer = await response.json();
    } catch (error) {
      answer = null;
    }
    if (!answer || !answer.result) {
      answer = { result: "error", colour: "red", title: texts.title_error, message: texts.failed };
    }
    return { state: "answered", answer: answer };
  }

  function check(code) {
    code = code.trim();
    if (!code) return;
    const entry = {
      id: newId(),
      code: code,
      at: new Date().toISOString(),
      url: checkInUrl,
      reason: reasonField ? reasonField.value.trim() : "",
    };
    enqueueWork(async function () {
      const outcome = await post(entry);
      if (outcome.state === "answered") {
        show(outcome.answer);
        addToLog(outcome.answer, false);
        if (loadQueue().length) flush();
        return;
      }
      addToQueue(entry);
      show({
        result: outcome.state === "signed_out" ? "error" : "queued",
        colour: outcome.state === "signed_out" ? "red" : "queued",
        message: outcome.state === "signed_out" ? texts.signed_out : texts.queued,
      });
    });
  }

  // Send what waits, oldest first; stop at the first code that cannot go yet.
  function flush() {
    if (flushing || !loadQueue().length) return;
    flushing = true;
    enqueueWork(async function () {
      let sent = 0;
      try {
        for (;;) {
          const entry = loadQueue()[0];
          if (!entry) break;
          const outcome = await post(entry);
          if (outcome.state !== "answered") {
            showQueue(outcome.state === "signed_out" ? texts.signed_out : null);
            return;
          }
          removeFromQueue(entry.id);
          addToLog(outcome.answer, true);
          sent += 1;
        }
        showQueue(sent ? texts.all_sent : null);
      } finally {
        flushing = false;
      }
    });
  }

  // The form: typed codes and hand scanners (which type the code and press Enter)

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    check(input.value);
    input.value = "";
    // Ready for the next code; with the camera on, a phone keyboard would hide it.
    if (!camera.stream) input.focus();
  });

  // The camera

  async function cameraWorks() {
    if (!("BarcodeDetector" in window) || !navigator.mediaDevices) return false;
    if (!navigator.mediaDevices.getUserMedia) return false;
    try {
      const formats = await window.BarcodeDetector.getSupportedFormats();
      return formats.indexOf("qr_code") !== -1;
    } catch (error) {
      return false;
    }
  }

  async function startCamera() {
    camera.error.hidden = true;
    try {
      camera.stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: "environment" } },
        audio: false,
      });
      camera.detector = camera.detector || new window.BarcodeDetector({ formats: ["qr_code"] });
      camera.video.srcObject = camera.stream;
      camera.video.hidden = false;
      await camera.video.play();
    } catch (error) {
      stopCamera();
      camera.error.textContent = texts.camera_failed;
      camera.error.hidden = false;
      return;
    }
    camera.toggle.textContent = texts.camera_stop;
    camera.toggle.setAttribute("aria-pressed", "true");
    lookAtFrame();
  }

  function stopCamera() {
    window.clearTimeout(camera.timer);
    if (camera.stream) camera.stream.getTracks().forEach(function (track) { track.stop(); });
    camera.stream = null;
    camera.video.srcObject = null;
    camera.video.hidden = true;
    camera.toggle.textContent = texts.camera_start;
    camera.toggle.setAttribute("aria-pressed", "false");
  }

  async function lookAtFrame() {
    if (!camera.stream) return;
    if (camera.video.readyState >= 2) {
      try {
        const codes = await camera.detector.detect(camera.video);
        codes.forEach(function (found) { readByCamera(found.rawValue); });
      } catch (error) {
        /* a frame the detector could not take: try the next one */
      }
    }
    camera.timer = window.setTimeout(lookAtFrame, FRAME_EVERY);
  }

  // A code held in front of the camera is read many times a second: send it once, and
  // again only after it has been out of sight for a few seconds.
  function readByCamera(code) {
    if (!code) return;
    const now = Date.now();
    const last = camera.seen.get(code);
    camera.seen.set(code, now);
    if (last && now - last < SAME_CODE_PAUSE) return;
    check(code);
  }

  cameraWorks().then(function (works) {
    root.querySelector("[data-camera]").hidden = false;
    if (!works) {
      camera.unsupported.hidden = false;
      return;
    }
    camera.toggle.hidden = false;
    camera.toggle.addEventListener("click", function () {
      if (camera.stream) stopCamera();
      else startCamera();
    });
  });

  // Let go of the camera when the page is left or hidden; send waiting codes when back.
  document.addEventListener("visibilitychange", function () {
    if (document.hidden) stopCamera();
    else flush();
  });
  window.addEventListener("pagehide", stopCamera);
  window.addEventListener("online", flush);
  window.setInterval(flush, RETRY_EVERY);
  window.addEventListener("storage", function (event) {
    if (event.key === QUEUE_KEY) showQueue();
  });

  // The live region announces each result; reading it again on every refocus would not.
  input.setAttribute("aria-describedby", "scan-help");

  showQueue();
  flush();
})();
