// 讲稿工作室: the page's behaviour. Plain browser JavaScript, no build step, no network beyond the studio.
"use strict";

const $ = (id) => document.getElementById(id);
const editor = $("editor");
const LINE_HEIGHT = 20;
const PAD = 6;

const state = {
  path: null,       // the spec being edited (relative to the folder)
  hash: null,       // hash of the bytes on disk the editor started from
  saved: "",        // the text last read or saved
  schema: null,
  templates: [],
  fragmentIds: [],
  seq: 0,           // analysis requests: only the latest answer is shown
  timer: null,
  errors: [],
};

// --- talking to the studio -------------------------------------------------

async function api(url, body, raw) {
  const options = { headers: { "X-Jianggao": "1" } };
  if (body !== undefined) {
    options.method = "POST";
    if (raw) { options.body = body; options.headers["Content-Type"] = "application/octet-stream"; }
    else { options.body = JSON.stringify(body); options.headers["Content-Type"] = "application/json"; }
  }
  const response = await fetch(url, options);
  if (!response.ok) {
    let message = `请求失败（${response.status}）`;
    try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response;
}

function status(message, kind) {
  const el = $("status");
  el.textContent = message;
  el.className = "status " + (kind || "");
}

// --- the editor: gutter, error marks, jumps ----------------------------------

function lines() { return editor.value.split("\n"); }

function drawGutter() {
  const count = lines().length;
  const bad = new Set(state.errors.filter((e) => e.line).map((e) => e.line));
  const gutter = $("gutter");
  let html = "";
  for (let i = 1; i <= count; i++) html += `<div${bad.has(i) ? ' class="bad"' : ""}>${i}</div>`;
  gutter.innerHTML = html;
  gutter.scrollTop = editor.scrollTop;
  const marks = $("marks");
  marks.innerHTML = [...bad].map((line) =>
    `<div data-testid="error-mark" data-line="${line}" style="top:${PAD + (line - 1) * LINE_HEIGHT - editor.scrollTop}px"></div>`).join("");
}

function offsetOfLine(line) {
  const all = lines();
  let offset = 0;
  for (let i = 0; i < Math.min(line - 1, all.length); i++) offset += all[i].length + 1;
  return offset;
}

function jumpTo(line, column) {
  if (!line) return;
  const start = offsetOfLine(line) + Math.max(0, (column || 1) - 1);
  editor.focus();
  editor.setSelectionRange(start, start);
  const top = (line - 1) * LINE_HEIGHT;
  if (top < editor.scrollTop || top > editor.scrollTop + editor.clientHeight - 2 * LINE_HEIGHT) {
    editor.scrollTop = Math.max(0, top - editor.clientHeight / 3);
  }
  drawGutter();
  showKeyHelp();
}

function cursorLine() { return editor.value.slice(0, editor.selectionStart).split("\n").length; }

// --- schema: keys valid at a place, their descriptions ----------------------------

function deref(node) {
  if (node && node.$ref) return state.schema.$defs[node.$ref.split("/").pop()];
  return node;
}

// Every object schema a value of ``node`` may be (following $ref, anyOf and array items).
function objects(node, out = []) {
  node = deref(node);
  if (!node) return out;
  if (node.anyOf) node.anyOf.forEach((n) => objects(n, out));
  if (node.type === "array" && node.items) objects(node.items, out);
  if (node.type === "object" && node.properties) out.push(node);
  return out;
}

function enumsOf(node, out = []) {
  node = deref(node);
  if (!node) return out;
  if (node.enum) out.push(...node.enum);
  if (node.anyOf) node.anyOf.forEach((n) => enumsOf(n, out));
  if (node.type === "array" && node.items) enumsOf(node.items, out);
  return out;
}

// A YAML line as the completion needs it: its list dash column (-1: none), its key and key column.
function parseLine(text) {
  const m = /^(\s*)(- +)?(?:([A-Za-z_][\w-]*):(?:\s|$))?/.exec(text);
  return { dash: m[2] ? m[1].length : -1, keyColumn: m[1].length + (m[2] ? m[2].length : 0), key: m[3] || null,
           blank: /^\s*(#.*)?$/.test(text) };
}

// The keys of the mappings enclosing line ``index`` (0-based), whose own key starts at ``column``.
function parentPath(all, index, column) {
  const path = [];
  const own = parseLine(all[index] || "");
  let limit = own.dash >= 0 && own.dash < column ? own.dash : column;
  for (let i = index - 1; i >= 0 && limit > 0; i--) {
    const line = parseLine(all[i]);
    if (line.blank) continue;
    if (line.dash >= 0 && line.keyColumn === limit) { limit = line.dash; continue; }  // same list entry
    if (line.key && line.keyColumn < limit) {
      path.unshift(line.key);
      limit = line.dash >= 0 ? line.dash : line.keyColumn;
    }
  }
  return path;
}

function schemaAt(path) {
  let nodes = [state.schema];
  for (const key of path) {
    const next = [];
    for (const obj of nodes.flatMap((n) => objects(n))) if (obj.properties[key]) next.push(obj.properties[key]);
    nodes = next;
  }
  return nodes;
}

function keysAt(path) {
  const keys = new Map();
  for (const obj of schemaAt(path).flatMap((n) => objects(n))) {
    for (const [key, value] of Object.entries(obj.properties)) if (!keys.has(key)) keys.set(key, value.description || "");
  }
  return keys;
}

// Where the cursor is: in a key, or in the value of a key.
function context() {
  const all = lines();
  const index = cursorLine() - 1;
  const text = all[index] || "";
  const column = editor.selectionStart - offsetOfLine(index + 1);
  const before = text.slice(0, column);
  const keyMatch = /^(\s*)(- +)?([A-Za-z_][\w-]*)?$/.exec(before);
  if (keyMatch) {
    const keyColumn = keyMatch[1].length + (keyMatch[2] ? keyMatch[2].length : 0);
    return { kind: "key", prefix: keyMatch[3] || "", path: parentPath(all, index, keyColumn) };
  }
  const valueMatch = /^(\s*)(- +)?([A-Za-z_][\w-]*):\s*(\S*)$/.exec(before);
  if (valueMatch) {
    const keyColumn = valueMatch[1].length + (valueMatch[2] ? valueMatch[2].length : 0);
    return { kind: "value", key: valueMatch[3], prefix: valueMatch[4], path: [...parentPath(all, index, keyColumn), valueMatch[3]] };
  }
  return null;
}

function suggestions(ctx) {
  if (!ctx) return [];
  let options = [];
  if (ctx.kind === "key") {
    options = [...keysAt(ctx.path)].map(([key, desc]) => ({ insert: key + ": ", label: key, desc }));
  } else if (ctx.key === "template") {
    options = state.templates.flatMap((t) =>  // a template by its file name or any of its Chinese names
      [t.name, ...t.names].map((name) => ({ insert: name, label: name, desc: templateLabel(t) + "：" + t.description })));
  } else if (ctx.key === "fragment") {
    options = state.fragmentIds.map((f) => ({ insert: f.id, label: f.id, desc: f.title }));
  } else {
    options = [...new Set(schemaAt(ctx.path).flatMap((n) => enumsOf(n)))].map((v) => ({ insert: v, label: v, desc: "" }));
  }
  // What the writer has typed in full needs no completion (and Enter then starts a new line).
  const matching = options.filter((o) => o.label.startsWith(ctx.prefix));
  return matching.some((o) => o.label === ctx.prefix) ? [] : matching;
}

// "key：description" for the key written on line ``index`` (0-based), or "".
function keyHelp(index) {
  const all = lines();
  const m = /^(\s*)(- +)?([A-Za-z_][\w-]*):/.exec(all[index] || "");
  if (!m || !state.schema) return "";
  const column = m[1].length + (m[2] ? m[2].length : 0);
  const desc = keysAt(parentPath(all, index, column)).get(m[3]);
  return desc === undefined ? "" : `${m[3]}：${desc}`;
}

function showKeyHelp() { $("key-help").textContent = keyHelp(cursorLine() - 1); }

// Hover: the description of the key on the line under the mouse, as a tooltip.
editor.addEventListener("mousemove", (event) => {
  const box = editor.getBoundingClientRect();
  const index = Math.floor((event.clientY - box.top - PAD + editor.scrollTop) / LINE_HEIGHT);
  editor.title = keyHelp(index);
});

// --- completion popup ------------------------------------------------------------

const completion = { items: [], active: 0, ctx: null };

function openCompletion(force) {
  const ctx = context();
  const items = suggestions(ctx);
  if (!items.length || (!force && ctx.kind === "key" && !ctx.prefix)) { closeCompletion(); return; }
  completion.items = items; completion.active = 0; completion.ctx = ctx;
  const list = $("completion");
  list.innerHTML = items.map((o, i) =>
    `<li data-index="${i}" class="${i === 0 ? "active" : ""}">${escapeHtml(o.label)}<span class="desc">${escapeHtml(o.desc)}</span></li>`).join("");
  const line = cursorLine();
  const column = editor.selectionStart - offsetOfLine(line);
  list.style.top = `${PAD + line * LINE_HEIGHT - editor.scrollTop}px`;
  list.style.left = `${52 + Math.min(column, 40) * 8}px`;
  list.hidden = false;
}

function closeCompletion() { $("completion").hidden = true; completion.items = []; }

function acceptCompletion(index) {
  const option = completion.items[index];
  if (!option) return;
  const start = editor.selectionStart - completion.ctx.prefix.length;
  replaceRange(option.insert, start, editor.selectionStart);
  closeCompletion();
  changed();
  if (option.insert.endsWith(": ")) openCompletion(true);  // a key chosen: now its values, if it has a list
}

// Replace [start, end) with ``text`` and put the cursor after it, through the browser's own editing
// (execCommand) so Ctrl+Z undoes it like typing; setRangeText where that is not available.
function replaceRange(text, start, end) {
  editor.focus();
  editor.setSelectionRange(start, end);
  if (!document.execCommand || !document.execCommand("insertText", false, text)) {
    editor.setRangeText(text, start, end, "end");
    changed();  // no input event in this case
  }
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

// --- live analysis --------------------------------------------------------------

function changed() {
  drawGutter();
  showKeyHelp();
  markDirty();
  clearTimeout(state.timer);
  state.timer = setTimeout(analyse, 250);
}

function markDirty() {
  const dirty = editor.value !== state.saved;
  document.title = (dirty ? "● " : "") + (state.path || "") + " — 讲稿工作室";
}

async function analyse() {
  if (!state.path) return;
  const seq = ++state.seq;
  let result;
  try {
    result = await (await api("/api/analyse", { path: state.path, text: editor.value, layout: $("layout-mode").value })).json();
  } catch (error) { status(error.message, "error"); return; }
  if (seq !== state.seq) return;
  state.errors = result.errors;
  drawGutter();
  $("errors").innerHTML = result.errors.map((e) =>
    `<li data-testid="error" data-line="${e.line || ""}">${escapeHtml(e.message)}</li>`).join("");
  const preview = $("preview");
  if (result.errors.length) {
    preview.classList.add("stale");
  } else {
    preview.classList.remove("stale");
    preview.innerHTML = result.pages_html;
    $("page-info").textContent = `共 ${result.page_count} 页，约 ${result.characters} 字`;
    $("outline").innerHTML = result.outline.map((o) =>
      `<li class="level-${o.level}" data-line="${o.line || ""}" data-block="${o.block}"><span class="label">${escapeHtml(o.label)}</span>${escapeHtml(o.text)}</li>`).join("");
    $("findings").innerHTML = result.findings.map((f) =>
      `<li class="${f.severity}" data-testid="finding" data-line="${f.line || ""}" data-column="${f.column || ""}" data-rule="${f.rule}">${escapeHtml(f.text)}</li>`).join("")
      || '<li class="info">没有发现问题</li>';
  }
  document.body.dataset.analysed = String(seq);
}

// --- files --------------------------------------------------------------------------

// advancement（推进会、推进会讲话）: as `jianggao templates` lists it.
function templateLabel(t) {
  return t.names.length ? `${t.name}（${t.names.join("、")}）` : t.name;
}

async function loadState(open) {
  const info = await (await api("/api/state")).json();
  state.templates = info.templates;
  $("file-picker").innerHTML = info.specs.map((p) => `<option>${escapeHtml(p)}</option>`).join("");
  if (state.path) $("file-picker").value = state.path;  // until another file is open
  $("template-picker").innerHTML = info.templates.map((t) =>
    `<option value="${escapeHtml(t.name)}">${escapeHtml(templateLabel(t))}：${escapeHtml(t.description)}</option>`).join("");
  const target = open || state.path || info.initial;
  if (target) await openFile(target);
  else status("这个文件夹里还没有说明书：选一个模板，点“新建”", "");
}

async function openFile(path) {
  if (state.path && editor.value !== state.saved && path !== state.path &&
      !confirm(`${state.path} 有未保存的修改，确定放弃吗？`)) {
    $("file-picker").value = state.path;
    return;
  }
  const file = await (await api(`/api/file?path=${encodeURIComponent(path)}`)).json();
  state.path = file.path; state.hash = file.hash; state.saved = file.text;
  editor.value = file.text;
  $("file-picker").value = file.path;
  editor.scrollTop = 0;
  status(`已打开 ${file.path}`, "");
  changed();
}

async function save() {
  if (!state.path) return;
  const text = editor.value;
  try {
    const result = await (await api("/api/save", { path: state.path, text, hash: state.hash })).json();
    state.hash = result.hash; state.saved = text;
    status(`已保存 ${state.path}`, "ok");
    markDirty();
  } catch (error) {
    status(error.message, "error");
  }
}

async function exportAs(format) {
  if (!state.path) return;
  status(format === "pdf" ? "正在生成 PDF（需要几秒钟）…" : "正在导出…", "");
  try {
    const response = await api("/api/export", { path: state.path, text: editor.value, format });
    const blob = await response.blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = state.path.split("/").pop().replace(/\.ya?ml$/i, "") + "." + format;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    status(`已导出 ${link.download}`, "ok");
  } catch (error) {
    status(error.message, "error");
  }
}

async function buildFiles() {
  if (!state.path) return;
  if (editor.value !== state.saved) await save();
  if (editor.value !== state.saved) return;  // the save was refused: its message stays
  try {
    const result = await (await api("/api/build", { path: state.path, formats: ["docx", "txt"] })).json();
    status(`已生成 ${result.written.join("、")}`, "ok");
  } catch (error) { status(error.message, "error"); }
}

async function importFile(file) {
  status(`正在读入 ${file.name}…`, "");
  try {
    const result = await (await api(`/api/import?name=${encodeURIComponent(file.name)}`, file, true)).json();
    await loadState(result.path);
    const notes = result.notes.length ? `；提示：${result.notes.join("；")}` : "";
    status(`已从 ${file.name} 生成 ${result.path}（模板 ${result.template}）${notes}`, "ok");
  } catch (error) {
    status(error.message, "error");
  }
}

// --- fragments --------------------------------------------------------------------

async function searchFragments() {
  const query = $("fragment-search").value;
  let hits = [];
  try { hits = await (await api(`/api/fragments?q=${encodeURIComponent(query)}`)).json(); }
  catch (error) { status(error.message, "error"); return; }
  if (!query) state.fragmentIds = hits;
  if ($("fragment-search").value !== query) return;  // a later search is under way: its answer is the one to show
  $("fragment-results").innerHTML = hits.map((h) => `<li data-testid="fragment-hit" data-id="${escapeHtml(h.id)}">
      <span class="id">${escapeHtml(h.id)}</span> ${escapeHtml(h.title)}
      <div class="text">${escapeHtml(h.preview)}</div>
      <button data-testid="fragment-insert" data-id="${escapeHtml(h.id)}" data-required="${escapeHtml(h.required.join(" "))}">插入到光标处</button>
      <button data-testid="fragment-edit" data-id="${escapeHtml(h.id)}">编辑</button>
    </li>`).join("") || "<li>没有找到素材</li>";
}

// Creating and editing fragments: the CLI's text and validation; a rejected edit is kept aside by the server.
const fragmentEdit = { id: null, isNew: false };

async function openFragment(id, isNew) {
  try {
    const source = await (await api(`/api/fragment?id=${encodeURIComponent(id)}&new=${isNew ? 1 : 0}`)).json();
    fragmentEdit.id = id; fragmentEdit.isNew = isNew;
    $("fragment-dialog-title").textContent = `${isNew ? "新建" : "编辑"}素材 ${id}`;
    $("fragment-target").textContent = `保存到 ${source.target}`;
    $("fragment-text").value = source.text;
    $("fragment-error").textContent = "";
    $("fragment-dialog").showModal();
  } catch (error) { status(error.message, "error"); }
}

async function saveFragment() {
  try {
    const result = await (await api("/api/fragment", { id: fragmentEdit.id, new: fragmentEdit.isNew, text: $("fragment-text").value })).json();
    $("fragment-dialog").close();
    const warnings = result.warnings.length ? `；提醒：${result.warnings.join("；")}` : "";
    status(result.path ? `已保存素材 ${result.id} 到 ${result.path}${warnings}` : `素材 ${result.id} 没有改动`, "ok");
    await searchFragments();
    analyse();
  } catch (error) {
    $("fragment-error").textContent = error.message;
  }
}

// ``- fragment: id`` on its own line at the cursor, indented like the list entry around it.
function insertFragment(id, required) {
  const all = lines();
  const index = cursorLine() - 1;
  const current = all[index] || "";
  const m = /^(\s*)(- )?/.exec(current);
  const indent = m[1];
  let block = `${indent}- fragment: ${id}`;
  if (required.length) block += `\n${indent}  with: {${required.map((n) => `${n}: XX`).join(", ")}}`;
  const lineStart = offsetOfLine(index + 1);
  if (current.trim() === "") {
    replaceRange(block, lineStart, lineStart + current.length);
  } else {
    const lineEnd = lineStart + current.length;
    replaceRange("\n" + block, lineEnd, lineEnd);
  }
  editor.focus();
  changed();
  status(`已插入素材 ${id}`, "ok");
}

// --- wiring ---------------------------------------------------------------------------

editor.addEventListener("input", () => { changed(); if (!$("completion").hidden || /[A-Za-z_:]$/.test(editor.value.slice(0, editor.selectionStart))) openCompletion(false); });
editor.addEventListener("scroll", drawGutter);
editor.addEventListener("click", () => { closeCompletion(); showKeyHelp(); });
editor.addEventListener("keyup", (event) => { if (event.key.startsWith("Arrow")) showKeyHelp(); });
editor.addEventListener("keydown", (event) => {
  const open = !$("completion").hidden;
  if (event.ctrlKey && event.key === " ") { event.preventDefault(); openCompletion(true); return; }
  if (open && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
    event.preventDefault();
    const n = completion.items.length;
    completion.active = (completion.active + (event.key === "ArrowDown" ? 1 : n - 1)) % n;
    [...$("completion").children].forEach((li, i) => li.classList.toggle("active", i === completion.active));
    return;
  }
  if (open && (event.key === "Enter" || event.key === "Tab")) { event.preventDefault(); acceptCompletion(completion.active); return; }
  if (open && event.key === "Escape") { closeCompletion(); return; }
  if (event.key === "Tab") { event.preventDefault(); replaceRange("  ", editor.selectionStart, editor.selectionEnd); return; }
  if (event.key === "Enter") {
    // keep the indentation of the line (and continue a list entry's keys under it)
    event.preventDefault();
    const index = cursorLine() - 1;
    const m = /^(\s*)(- )?/.exec(lines()[index] || "");
    const indent = m[1] + (m[2] ? "  " : "");
    replaceRange("\n" + indent, editor.selectionStart, editor.selectionEnd);
  }
});
$("completion").addEventListener("mousedown", (event) => {
  const li = event.target.closest("li");
  if (li) { event.preventDefault(); acceptCompletion(Number(li.dataset.index)); }
});
// Ctrl+S saves wherever the focus is (handled once, here).
document.addEventListener("keydown", (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") { event.preventDefault(); save(); }
});
// An outline entry also brings its place on the pages into view.
$("outline").addEventListener("click", (event) => {
  const li = event.target.closest("li[data-block]");
  const line = li && $("preview").querySelector(`.jg-line[data-block="${li.dataset.block}"]`);
  if (line) line.scrollIntoView({ block: "center" });
});
for (const id of ["outline", "findings", "errors"]) {
  $(id).addEventListener("click", (event) => {
    const li = event.target.closest("li[data-line]");
    if (li && li.dataset.line) jumpTo(Number(li.dataset.line), Number(li.dataset.column || 1));
  });
}
$("save").addEventListener("click", save);
$("build-files").addEventListener("click", buildFiles);
$("file-picker").addEventListener("change", (event) => openFile(event.target.value));
$("new").addEventListener("click", async () => {
  try {
    const result = await (await api("/api/new", { template: $("template-picker").value })).json();
    await loadState(result.path);
    status(`已新建 ${result.path}：把 XX 换成实际内容`, "ok");
  } catch (error) { status(error.message, "error"); }
});
document.querySelectorAll("button.export").forEach((b) => b.addEventListener("click", () => exportAs(b.dataset.format)));
$("import").addEventListener("change", (event) => { if (event.target.files[0]) importFile(event.target.files[0]); event.target.value = ""; });
document.addEventListener("dragover", (event) => event.preventDefault());
document.addEventListener("drop", (event) => {
  event.preventDefault();
  const file = event.dataTransfer.files[0];
  if (file) importFile(file);
});
let fragmentTimer = null;
$("fragment-search").addEventListener("input", () => { clearTimeout(fragmentTimer); fragmentTimer = setTimeout(searchFragments, 200); });
$("fragment-results").addEventListener("click", (event) => {
  const button = event.target.closest("button[data-testid=fragment-insert]");
  if (button) insertFragment(button.dataset.id, button.dataset.required ? button.dataset.required.split(" ") : []);
  const edit = event.target.closest("button[data-testid=fragment-edit]");
  if (edit) openFragment(edit.dataset.id, false);
});
$("fragment-new").addEventListener("click", () => { const id = $("fragment-new-id").value.trim(); if (id) openFragment(id, true); });
$("fragment-save").addEventListener("click", saveFragment);
$("fragment-cancel").addEventListener("click", () => $("fragment-dialog").close());
$("layout-mode").addEventListener("change", analyse);
$("zoom").addEventListener("change", (event) => { $("preview").style.zoom = event.target.value; });
window.addEventListener("beforeunload", (event) => { if (editor.value !== state.saved) { event.preventDefault(); event.returnValue = ""; } });

(async () => {
  try {
    state.schema = await (await api("/api/schema")).json();
    await loadState();
    await searchFragments();
  } catch (error) { status(error.message, "error"); }
})();
