/** The page's plain panels: file list, problems list, status line and conflict banner. */
import { FileInfo, Problem } from '../protocol';

function byId<T extends HTMLElement>(id: string): T {
    const element = document.getElementById(id);
    if (!element) {
        throw new Error('the page lacks #' + id);
    }
    return element as T;
}

export class Panels {
    private statusTimer: number | undefined;

    renderFiles(files: FileInfo[], current: string | null, states: Map<string, string>, open: (file: FileInfo) => void): void {
        const list = byId<HTMLUListElement>('files');
        list.replaceChildren();
        for (const file of files) {
            const item = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = file.path;
            button.title = file.readOnly ? file.path + ' (read-only)' : file.path;
            button.dataset.path = file.path;
            button.classList.toggle('current', file.path === current);
            button.classList.toggle('readonly', file.readOnly);
            const state = states.get(file.path);
            if (state && state !== 'clean') {
                button.classList.add('state-' + state);
                const mark = document.createElement('span');
                mark.className = 'file-state';
                mark.textContent = state === 'conflict' ? ' (changed on disk)' : state === 'dirty' ? ' •' : ' …';
                button.appendChild(mark);
            }
            button.addEventListener('click', () => open(file));
            item.appendChild(button);
            list.appendChild(item);
        }
    }

    renderProblems(problems: Problem[], open: (problem: Problem) => void): void {
        const list = byId<HTMLUListElement>('problems');
        list.replaceChildren();
        byId('problem-count').textContent = String(problems.length);
        for (const problem of problems) {
            const item = document.createElement('li');
            item.className = 'problem severity-' + problem.severity.toLowerCase();
            item.dataset.code = problem.code;
            item.tabIndex = 0;
            item.textContent = `${problem.path}:${problem.line}:${problem.column} ${problem.severity.toLowerCase()}: ${problem.message}`
                + (problem.code ? ` [${problem.code}]` : '');
            item.addEventListener('click', () => open(problem));
            list.appendChild(item);
        }
    }

    /** Shows a message in the status line; errors stay until the next message. */
    status(message: string, error = false): void {
        const line = byId('status');
        line.textContent = message;
        line.classList.toggle('error', error);
        line.classList.remove('flash');
        void line.offsetWidth;
        line.classList.add('flash');
        window.clearTimeout(this.statusTimer);
        if (!error) {
            this.statusTimer = window.setTimeout(() => line.classList.remove('flash'), 4000);
        }
    }

    /** The conflict banner of a file changed on disk while it had unsaved text, or none. */
    conflict(path: string | null, takeDisk: () => void, overwrite: () => void): void {
        const banner = byId('banner');
        if (path === null) {
            banner.hidden = true;
            banner.replaceChildren();
            return;
        }
        banner.hidden = false;
        const text = document.createElement('span');
        text.textContent = `${path} changed on disk while it had unsaved changes here. Both texts are kept until you choose.`;
        const take = document.createElement('button');
        take.id = 'take-disk';
        take.textContent = 'Take the disk\'s text';
        take.addEventListener('click', takeDisk);
        const keep = document.createElement('button');
        keep.id = 'overwrite';
        keep.textContent = 'Overwrite the disk with mine';
        keep.addEventListener('click', overwrite);
        banner.replaceChildren(text, take, keep);
    }
}
