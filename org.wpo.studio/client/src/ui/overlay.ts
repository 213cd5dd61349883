/**
 * A small form laid over the page at a given place (never window.prompt): one input per field,
 * Enter commits, Escape or a click elsewhere cancels.
 */
export interface Field {
    name: string;
    label: string;
    value?: string;
}

export function askAt(rect: { left: number; top: number; width?: number }, fields: Field[], id = 'wpo-ask'): Promise<Record<string, string> | null> {
    document.getElementById(id)?.remove();
    const form = document.createElement('form');
    form.id = id;
    form.className = 'wpo-overlay';
    form.style.left = Math.max(0, rect.left) + 'px';
    form.style.top = Math.max(0, rect.top) + 'px';
    if (rect.width) {
        form.style.minWidth = rect.width + 'px';
    }
    const inputs: HTMLInputElement[] = [];
    for (const field of fields) {
        const input = document.createElement('input');
        input.name = field.name;
        input.placeholder = field.label;
        input.setAttribute('aria-label', field.label);
        input.value = field.value ?? '';
        input.autocomplete = 'off';
        input.spellcheck = false;
        form.appendChild(input);
        inputs.push(input);
    }
    document.body.appendChild(form);
    inputs[0].focus();
    inputs[0].select();
    return new Promise(resolve => {
        let done = false;
        const finish = (value: Record<string, string> | null) => {
            if (done) {
                return;
            }
            done = true;
            document.removeEventListener('mousedown', outside, true);
            form.remove();
            resolve(value);
        };
        const outside = (event: MouseEvent) => {
            if (!form.contains(event.target as Node)) {
                finish(null);
            }
        };
        document.addEventListener('mousedown', outside, true);
        form.addEventListener('keydown', event => {
            if (event.key === 'Escape') {
                event.preventDefault();
                finish(null);
            }
            event.stopPropagation();
        });
        form.addEventListener('submit', event => {
            event.preventDefault();
            const values: Record<string, string> = {};
            inputs.forEach(input => values[input.name] = input.value);
            finish(values);
        });
        // Enter in any input submits, also with several inputs and no submit button.
        inputs.forEach(input => input.addEventListener('keydown', event => {
            if (event.key === 'Enter') {
                event.preventDefault();
                form.requestSubmit();
            }
        }));
    });
}

/** A small menu of choices at a place of the page; the index of the one chosen, or null. */
export function chooseAt(rect: { left: number; top: number }, titles: string[], id = 'wpo-choose'): Promise<number | null> {
    document.getElementById(id)?.remove();
    const menu = document.createElement('div');
    menu.id = id;
    menu.className = 'wpo-overlay wpo-menu';
    menu.setAttribute('role', 'menu');
    menu.style.left = Math.max(0, rect.left) + 'px';
    menu.style.top = Math.max(0, rect.top) + 'px';
    const buttons = titles.map((title, index) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.setAttribute('role', 'menuitem');
        button.textContent = title;
        button.dataset.index = String(index);
        menu.appendChild(button);
        return button;
    });
    document.body.appendChild(menu);
    buttons[0]?.focus();
    return new Promise(resolve => {
        let done = false;
        const finish = (value: number | null) => {
            if (done) {
                return;
            }
            done = true;
            document.removeEventListener('mousedown', outside, true);
            menu.remove();
            resolve(value);
        };
        const outside = (event: MouseEvent) => {
            if (!menu.contains(event.target as Node)) {
                finish(null);
            }
        };
        document.addEventListener('mousedown', outside, true);
        buttons.forEach((button, index) => button.addEventListener('click', () => finish(index)));
        menu.addEventListener('keydown', event => {
            const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
            if (event.key === 'Escape') {
                finish(null);
            } else if (event.key === 'ArrowDown') {
                buttons[(at + 1) % buttons.length].focus();
            } else if (event.key === 'ArrowUp') {
                buttons[(at - 1 + buttons.length) % buttons.length].focus();
            } else {
                return;
            }
            event.preventDefault();
            event.stopPropagation();
        });
    });
}
