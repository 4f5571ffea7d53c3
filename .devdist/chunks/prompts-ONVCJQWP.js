import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import "./chunk-MBHNAR3Y.js";

// src/init/prompts.ts
async function terminalPrompts(output) {
  const inquirer = await import("./dist-636SXMQU.js");
  const context = { output };
  return {
    input: (q) => inquirer.input({ message: q.message, default: q.default, required: q.required, validate: q.validate }, context),
    select: (q) => inquirer.select({ message: q.message, choices: q.choices.map((c) => ({ name: c.name, value: c.value, description: c.description })), default: q.default }, context),
    checkbox: (q) => inquirer.checkbox(
      {
        message: q.message,
        choices: q.choices.map((c) => ({ name: c.name, value: c.value, checked: c.checked })),
        validate: q.validate ? (items) => q.validate(items.map((i) => i.value)) : void 0
      },
      context
    ),
    confirm: (q) => inquirer.confirm({ message: q.message, default: q.default }, context),
    say: (text) => output.write(text)
  };
}
export {
  terminalPrompts
};
