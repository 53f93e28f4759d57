// iLearn+ sample module: five sections with a progress bar each, an end-of-module assessment with a pass mark,
// a bookmark (location), suspend data (pages seen, answers given) and one objective per section. Talks to the
// SCORM 1.2 API (window.API) or the SCORM 2004 API (window.API_1484_11), whichever the LMS offers.
(function () {
  'use strict';

  var PASS_MARK = 80;
  var SECTIONS = [
    {
      id: 'introduction',
      title: 'Introduction',
      pages: [
        {
          id: 'intro-1',
          title: 'Why this matters',
          text: 'Everyone who works with personal information has a duty to keep it safe, accurate and used only for the reason it was collected.',
        },
        {
          id: 'intro-2',
          title: 'How this module works',
          text: 'Work through each section. The bar under each section fills as you go. The assessment at the end has a pass mark of 80%.',
        },
      ],
    },
    {
      id: 'your-duties',
      title: 'Your duties',
      pages: [
        {
          id: 'duties-1',
          title: 'Collect only what you need',
          text: 'Ask only for the information the task needs, and tell people why you are asking.',
        },
        {
          id: 'duties-2',
          title: 'Keep it secure',
          text: 'Lock your screen when you leave your desk. Never share your password. Store papers in locked cabinets.',
        },
      ],
    },
    {
      id: 'reporting-a-breach',
      title: 'Reporting a breach',
      pages: [
        {
          id: 'breach-1',
          title: 'What a breach is',
          text: 'A breach is any loss, theft or sharing of personal information without permission, including an email sent to the wrong person.',
        },
        {
          id: 'breach-2',
          title: 'Report it at once',
          text: 'Tell your manager and the information governance team the same day. Do not try to hide or fix it yourself.',
        },
      ],
    },
    {
      id: 'sharing-data',
      title: 'Sharing data',
      pages: [
        {
          id: 'sharing-1',
          title: 'Share safely',
          text: 'Check who is asking, that they need it, and use a secure method such as encrypted email.',
        },
      ],
    },
  ];
  var QUESTIONS = [
    {
      id: 'q1',
      text: 'A colleague asks for your password so they can finish your work. What do you do?',
      options: ['Give it to them', 'Refuse and suggest they ask the manager for access', 'Write it on a sticky note'],
      correct: 1,
    },
    {
      id: 'q2',
      text: 'You emailed a report to the wrong person. When do you report it?',
      options: ['The same day', 'At the end of the month', 'Only if they reply'],
      correct: 0,
    },
    {
      id: 'q3',
      text: 'Before sharing information with a partner agency you should:',
      options: ['Send everything you have', 'Check they need it and use a secure method', 'Post it on the team page'],
      correct: 1,
    },
    {
      id: 'q4',
      text: 'When you leave your desk you should:',
      options: ['Leave the screen on', 'Lock your screen', 'Ask a visitor to watch it'],
      correct: 1,
    },
    {
      id: 'q5',
      text: 'Personal information may be used:',
      options: ['Only for the reason it was collected', 'For anything useful', 'By anyone in the council'],
      correct: 0,
    },
  ];
  var ASSESSMENT_ID = 'assessment';

  // ---- SCORM API discovery and a small adapter over 1.2 / 2004 ----
  function findApi(name) {
    var win = window;
    for (var i = 0; i < 10 && win; i++) {
      try {
        if (win[name]) return win[name];
      } catch {
        /* cross-origin parent */
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    try {
      if (window.opener && window.opener[name]) return window.opener[name];
    } catch {
      /* ignore */
    }
    return null;
  }
  var api2004 = findApi('API_1484_11');
  var api12 = api2004 ? null : findApi('API');
  var lms = api2004
    ? {
        init: function () {
          return api2004.Initialize('');
        },
        get: function (k) {
          return api2004.GetValue(k);
        },
        set: function (k, v) {
          return api2004.SetValue(k, String(v));
        },
        commit: function () {
          return api2004.Commit('');
        },
        finish: function () {
          return api2004.Terminate('');
        },
      }
    : api12
      ? {
          init: function () {
            return api12.LMSInitialize('');
          },
          get: function (k) {
            return api12.LMSGetValue(k);
          },
          set: function (k, v) {
            return api12.LMSSetValue(k, String(v));
          },
          commit: function () {
            return api12.LMSCommit('');
          },
          finish: function () {
            return api12.LMSFinish('');
          },
        }
      : null;
  var is2004 = !!api2004;
  var K = is2004
    ? {
        location: 'cmi.location',
        suspend: 'cmi.suspend_data',
        exit: 'cmi.exit',
        session: 'cmi.session_time',
        entry: 'cmi.entry',
      }
    : {
        location: 'cmi.core.lesson_location',
        suspend: 'cmi.suspend_data',
        exit: 'cmi.core.exit',
        session: 'cmi.core.session_time',
        entry: 'cmi.core.entry',
      };

  // ---- state (kept in suspend data) ----
  var state = { seen: {}, answers: {}, submitted: false, score: null };
  var current = 'menu';
  var startedAt = Date.now();
  var finished = false;

  function load() {
    var raw = lms.get(K.suspend);
    if (raw) {
      try {
        var saved = JSON.parse(raw);
        state.seen = saved.seen || {};
        state.answers = saved.answers || {};
        state.submitted = !!saved.submitted;
        state.score = typeof saved.score === 'number' ? saved.score : null;
      } catch {
        /* start afresh */
      }
    }
    var location = lms.get(K.location);
    if (location) current = location;
  }

  function sectionProgress(section) {
    var seen = 0;
    for (var i = 0; i < section.pages.length; i++) if (state.seen[section.pages[i].id]) seen++;
    return Math.round((seen / section.pages.length) * 100);
  }
  function assessmentProgress() {
    if (state.submitted) return 100;
    var answered = 0;
    for (var i = 0; i < QUESTIONS.length; i++) if (state.answers[QUESTIONS[i].id] !== undefined) answered++;
    return Math.round((answered / QUESTIONS.length) * 90);
  }
  function allContentDone() {
    for (var i = 0; i < SECTIONS.length; i++) if (sectionProgress(SECTIONS[i]) < 100) return false;
    return true;
  }
  function passed() {
    return state.submitted && state.score !== null && state.score >= PASS_MARK;
  }

  function sessionTime() {
    var s = Math.round((Date.now() - startedAt) / 1000);
    if (is2004) return 'PT' + s + 'S';
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    var sec = s % 60;
    return (
      (h < 10 ? '000' : h < 100 ? '00' : h < 1000 ? '0' : '') +
      h +
      ':' +
      (m < 10 ? '0' : '') +
      m +
      ':' +
      (sec < 10 ? '0' : '') +
      sec
    );
  }

  function setObjective(n, id, title, done, success) {
    var p = 'cmi.objectives.' + n + '.';
    lms.set(p + 'id', id);
    if (is2004) {
      lms.set(p + 'description', title);
      lms.set(p + 'completion_status', done ? 'completed' : 'incomplete');
      if (success) lms.set(p + 'success_status', success);
    } else {
      lms.set(p + 'status', success || (done ? 'completed' : 'incomplete'));
    }
  }

  // Write everything we know and commit: after every page and every answer, so nothing is lost.
  function save() {
    for (var i = 0; i < SECTIONS.length; i++)
      setObjective(i, SECTIONS[i].id, SECTIONS[i].title, sectionProgress(SECTIONS[i]) === 100, null);
    setObjective(
      SECTIONS.length,
      ASSESSMENT_ID,
      'Assessment',
      state.submitted,
      state.submitted ? (passed() ? 'passed' : 'failed') : null,
    );
    lms.set(K.location, current);
    lms.set(K.suspend, JSON.stringify(state));
    var complete = allContentDone() && state.submitted;
    if (is2004) {
      lms.set('cmi.completion_status', complete ? 'completed' : 'incomplete');
      lms.set('cmi.progress_measure', (progressOverall() / 100).toFixed(2));
      if (state.submitted) {
        lms.set('cmi.score.min', 0);
        lms.set('cmi.score.max', 100);
        lms.set('cmi.score.raw', state.score);
        lms.set('cmi.score.scaled', (state.score / 100).toFixed(2));
        lms.set('cmi.success_status', passed() ? 'passed' : 'failed');
      }
    } else {
      if (state.submitted) {
        lms.set('cmi.core.score.min', 0);
        lms.set('cmi.core.score.max', 100);
        lms.set('cmi.core.score.raw', state.score);
      }
      lms.set(
        'cmi.core.lesson_status',
        !state.submitted ? 'incomplete' : !passed() ? 'failed' : complete ? 'passed' : 'incomplete',
      );
    }
    lms.set(K.session, sessionTime());
    lms.commit();
  }

  function progressOverall() {
    var total = 0;
    for (var i = 0; i < SECTIONS.length; i++) total += sectionProgress(SECTIONS[i]);
    total += assessmentProgress();
    return Math.round(total / (SECTIONS.length + 1));
  }

  function recordInteractions() {
    for (var i = 0; i < QUESTIONS.length; i++) {
      var q = QUESTIONS[i];
      var p = 'cmi.interactions.' + i + '.';
      var answer = state.answers[q.id];
      lms.set(p + 'id', q.id);
      lms.set(p + 'type', 'choice');
      lms.set(is2004 ? p + 'learner_response' : p + 'student_response', String(answer));
      lms.set(p + 'result', answer === q.correct ? 'correct' : is2004 ? 'incorrect' : 'wrong');
    }
  }

  // ---- rendering ----
  var app = document.getElementById('app');
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'onclick') node.addEventListener('click', attrs[k]);
      else node.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) {
      if (c) node.appendChild(c);
    });
    return node;
  }
  function bar(percent, label) {
    var outer = el('div', {
      class: 'bar',
      role: 'progressbar',
      'aria-valuenow': String(percent),
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-label': label,
    });
    var inner = el('span', {});
    inner.style.width = percent + '%';
    outer.appendChild(inner);
    return outer;
  }
  function go(where) {
    current = where;
    render();
    save();
  }

  function renderMenu() {
    var items = SECTIONS.map(function (s) {
      var pct = sectionProgress(s);
      return el('li', {}, [
        el('button', {
          class: 'secondary',
          'data-section': s.id,
          onclick: function () {
            go(firstUnseen(s));
          },
          text: s.title,
        }),
        el('span', { text: ' ' + pct + '% complete' }),
        bar(pct, s.title + ' progress'),
      ]);
    });
    var apct = assessmentProgress();
    items.push(
      el('li', {}, [
        el('button', {
          class: 'secondary',
          'data-section': ASSESSMENT_ID,
          onclick: function () {
            go('assessment');
          },
          text: 'Assessment',
        }),
        el('span', { text: ' ' + apct + '% complete' }),
        bar(apct, 'Assessment progress'),
      ]),
    );
    var children = [
      el('h1', { text: 'Handling information well' }),
      el('p', { text: 'Choose a section. Each bar shows how much of it you have done.' }),
      el('ol', { class: 'sections' }, items),
    ];
    if (state.submitted) children.push(resultBox());
    children.push(el('button', { id: 'exit', onclick: exitModule, text: 'Exit module' }));
    app.replaceChildren.apply(app, children);
  }

  function firstUnseen(section) {
    for (var i = 0; i < section.pages.length; i++) if (!state.seen[section.pages[i].id]) return section.pages[i].id;
    return section.pages[0].id;
  }

  function findPage(id) {
    for (var i = 0; i < SECTIONS.length; i++)
      for (var j = 0; j < SECTIONS[i].pages.length; j++)
        if (SECTIONS[i].pages[j].id === id) return { section: SECTIONS[i], index: j };
    return null;
  }

  function renderPage(found) {
    var page = found.section.pages[found.index];
    state.seen[page.id] = true;
    var next = found.section.pages[found.index + 1];
    app.replaceChildren(
      el('p', { text: found.section.title + ' – page ' + (found.index + 1) + ' of ' + found.section.pages.length }),
      bar(sectionProgress(found.section), found.section.title + ' progress'),
      el('h1', { text: page.title }),
      el('p', { text: page.text }),
      next
        ? el('button', {
            id: 'next',
            onclick: function () {
              go(next.id);
            },
            text: 'Next',
          })
        : el('button', {
            id: 'next',
            onclick: function () {
              go('menu');
            },
            text: 'Finish section',
          }),
      el('button', {
        class: 'secondary',
        onclick: function () {
          go('menu');
        },
        text: 'Back to the menu',
      }),
    );
  }

  function resultBox() {
    return el('div', { class: 'result', id: 'result' }, [
      el('h2', { text: passed() ? 'You passed the assessment' : 'You did not pass the assessment yet' }),
      el('p', { text: 'Your score: ' + state.score + '%. The pass mark is ' + PASS_MARK + '%.' }),
    ]);
  }

  function renderAssessment() {
    var fields = QUESTIONS.map(function (q, qi) {
      var options = q.options.map(function (text, oi) {
        var input = el('input', { type: 'radio', name: q.id, value: String(oi), id: q.id + '-' + oi });
        if (state.answers[q.id] === oi) input.checked = true;
        input.addEventListener('change', function () {
          state.answers[q.id] = oi;
          state.submitted = false;
          save();
          var b = document.querySelector('[aria-label="Assessment progress"] span');
          if (b) b.style.width = assessmentProgress() + '%';
        });
        return el('label', { for: q.id + '-' + oi }, [input, document.createTextNode(' ' + text)]);
      });
      return el('fieldset', {}, [el('legend', { text: qi + 1 + '. ' + q.text })].concat(options));
    });
    var children = [
      el('h1', { text: 'Assessment' }),
      el('p', { text: 'Answer all ' + QUESTIONS.length + ' questions. The pass mark is ' + PASS_MARK + '%.' }),
      bar(assessmentProgress(), 'Assessment progress'),
    ]
      .concat(fields)
      .concat([
        el('button', { id: 'submit-assessment', onclick: submitAssessment, text: 'Submit answers' }),
        el('button', {
          class: 'secondary',
          onclick: function () {
            go('menu');
          },
          text: 'Back to the menu',
        }),
      ]);
    if (state.submitted) children.splice(3, 0, resultBox());
    app.replaceChildren.apply(app, children);
  }

  function submitAssessment() {
    var correct = 0;
    for (var i = 0; i < QUESTIONS.length; i++) {
      if (state.answers[QUESTIONS[i].id] === undefined) {
        alert('Answer every question before you submit.');
        return;
      }
      if (state.answers[QUESTIONS[i].id] === QUESTIONS[i].correct) correct++;
    }
    state.submitted = true;
    state.score = Math.round((correct / QUESTIONS.length) * 100);
    recordInteractions();
    current = 'assessment';
    render();
    save();
  }

  function render() {
    if (current === 'assessment') return renderAssessment();
    var found = findPage(current);
    if (found) return renderPage(found);
    current = 'menu';
    renderMenu();
  }

  function exitModule() {
    if (finished) return;
    finished = true;
    var complete = allContentDone() && passed();
    lms.set(K.exit, complete ? (is2004 ? 'normal' : '') : 'suspend');
    save();
    lms.finish();
    app.replaceChildren(
      el('h1', { text: 'You have left the module' }),
      el('p', { text: 'You can close this window.' }),
    );
  }

  if (!lms) {
    app.replaceChildren(
      el('h1', { text: 'This module needs a learning system' }),
      el('p', { text: 'Open it from iLearn+ so your progress can be saved.' }),
    );
    return;
  }
  lms.init();
  load();
  render();
  save();
  window.addEventListener('pagehide', function () {
    if (finished) return;
    finished = true;
    lms.set(K.exit, 'suspend');
    save();
    lms.finish();
  });
})();
