'use strict';
// The WPO extension: the language client for `wpo lsp`, and commands that run the wpo command line.
const vscode = require('vscode');
const { execFile } = require('child_process');
const path = require('path');
const { LanguageClient, RevealOutputChannelOn } = require('vscode-languageclient/node');
const { settings, invocation, describeFailure } = require('./launch');
const { renderArgs, reportArgs, stackArgs, outcome } = require('./cli');
const { nameAt } = require('./names');

let client;
let output;

function config() {
  const section = vscode.workspace.getConfiguration('wpo');
  return settings(key => section.get(key));
}

/** Runs `wpo --version` first, so that a missing launcher or Java is told in one line. */
function preflight(cfg) {
  const run = invocation(cfg, ['--version'], process.env);
  return new Promise(resolve => {
    execFile(run.command, run.args, Object.assign({ timeout: 180000 }, run.options), (error, stdout, stderr) => {
      const exitCode = error && typeof error.code === 'number' ? error.code : 0;
      resolve(error ? describeFailure(cfg, error, stderr, exitCode)
        || `WPO: "${cfg.command} --version" failed: ${String(stderr || error.message).trim().split('\n')[0]}` : undefined);
    });
  });
}

async function showProblem(message) {
  const choice = await vscode.window.showErrorMessage(message, 'Open Settings');
  if (choice === 'Open Settings') {
    vscode.commands.executeCommand('workbench.action.openSettings', 'wpo.');
  }
}

async function startClient() {
  const cfg = config();
  const problem = await preflight(cfg);
  if (problem) {
    output.appendLine(problem);
    showProblem(problem);
    return;
  }
  const run = invocation(cfg, ['lsp'], process.env);
  client = new LanguageClient('wpo', 'WPO', { command: run.command, args: run.args, options: run.options }, {
    documentSelector: [{ scheme: 'file', language: 'wpo' }],
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never
  });
  await client.start();
}

async function stopClient() {
  if (client) {
    const stopping = client;
    client = undefined;
    await stopping.stop();
  }
}

function workspaceFolder() {
  const editor = vscode.window.activeTextEditor;
  const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri))
    || (vscode.workspace.workspaceFolders || [])[0];
  if (!folder) {
    vscode.window.showErrorMessage('WPO: open a folder that holds .wpo files first.');
  }
  return folder;
}

/** Runs the launcher with the given arguments in a folder; resolves to the outcome. */
function runCli(args, cwd) {
  const cfg = config();
  const run = invocation(cfg, args, process.env, cwd);
  output.appendLine(`> ${run.command} ${args.join(' ')}`);
  return new Promise(resolve => {
    execFile(run.command, run.args, Object.assign({ maxBuffer: 64 * 1024 * 1024 }, run.options), (error, stdout, stderr) => {
      if (stderr) {
        output.append(stderr);
      }
      if (error && typeof error.code !== 'number') {
        resolve({ ok: false, text: '', message: describeFailure(cfg, error, stderr, undefined) || `WPO: ${error.message}` });
        return;
      }
      const exitCode = error ? error.code : 0;
      const failure = exitCode !== 0 ? describeFailure(cfg, undefined, stderr, exitCode) : undefined;
      resolve(failure ? { ok: false, text: stdout, message: failure } : outcome(exitCode, stdout, stderr));
    });
  });
}

async function writeOut(kind, argsOf, open) {
  const folder = workspaceFolder();
  if (!folder) {
    return;
  }
  const dir = folder.uri.fsPath;
  const out = vscode.workspace.getConfiguration('wpo').get(kind === 'render' ? 'renderFolder' : 'reportFolder');
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `WPO: ${kind} ...` },
    () => runCli(argsOf(dir, out), dir));
  output.append(result.text || '');
  if (result.message) {
    showProblem(result.message);
  } else {
    open(vscode.Uri.file(path.resolve(dir, out)));
  }
}

async function stack() {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'wpo') {
    vscode.window.showErrorMessage('WPO: put the caret on an element name in a .wpo file.');
    return;
  }
  const position = editor.selection.active;
  const name = nameAt(editor.document.lineAt(position.line).text, position.character);
  if (!name) {
    vscode.window.showErrorMessage('WPO: the caret is not on an element name.');
    return;
  }
  const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri);
  const dir = folder ? folder.uri.fsPath : path.dirname(editor.document.uri.fsPath);
  const result = await runCli(stackArgs(name, dir), dir);
  if (result.message) {
    showProblem(result.message);
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ content: result.text, language: 'plaintext' });
  vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

exports.activate = async context => {
  output = vscode.window.createOutputChannel('WPO');
  context.subscriptions.push(output,
    vscode.commands.registerCommand('wpo.render', () => writeOut('render', renderArgs,
      uri => vscode.commands.executeCommand('revealInExplorer', uri))),
    vscode.commands.registerCommand('wpo.report', () => writeOut('report', reportArgs,
      uri => vscode.env.openExternal(vscode.Uri.joinPath(uri, 'index.html')))),
    vscode.commands.registerCommand('wpo.stack', stack),
    vscode.commands.registerCommand('wpo.restartServer', async () => {
      await stopClient();
      await startClient();
    }),
    vscode.workspace.onDidChangeConfiguration(async event => {
      if (event.affectsConfiguration('wpo.command') || event.affectsConfiguration('wpo.javaHome')) {
        await stopClient();
        await startClient();
      }
    }));
  await startClient();
};

exports.deactivate = () => stopClient();
