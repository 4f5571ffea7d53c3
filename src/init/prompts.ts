/**
 * Every question `charter init` asks goes through this interface, so tests can script the
 * answers; `terminalPrompts` is the only place that touches @inquirer/prompts.
 */
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
}

export interface Prompts {
  input(question: { message: string; default?: string; required?: boolean; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(question: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(question: { message: string; choices: Choice<T>[]; validate?: (values: readonly T[]) => true | string }): Promise<T[]>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  /** Prints text between questions (the review). */
  say(text: string): void;
}

/** Questions on `output` (stderr when stdout carries the charter itself). */
export async function terminalPrompts(output: NodeJS.WritableStream): Promise<Prompts> {
  const inquirer = await import('@inquirer/prompts');
  const context = { output };
  return {
    input: (q) => inquirer.input({ message: q.message, default: q.default, required: q.required, validate: q.validate }, context),
    select: <T>(q: { message: string; choices: Choice<T>[]; default?: T }) =>
      inquirer.select<T>({ message: q.message, choices: q.choices.map((c) => ({ name: c.name, value: c.value, description: c.description })), default: q.default }, context),
    checkbox: <T>(q: { message: string; choices: Choice<T>[]; validate?: (values: readonly T[]) => true | string }) =>
      inquirer.checkbox<T>(
        {
          message: q.message,
          choices: q.choices.map((c) => ({ name: c.name, value: c.value, checked: c.checked })),
          validate: q.validate ? (items) => q.validate!(items.map((i) => i.value)) : undefined,
        },
        context,
      ),
    confirm: (q) => inquirer.confirm({ message: q.message, default: q.default }, context),
    say: (text) => output.write(text),
  };
}
