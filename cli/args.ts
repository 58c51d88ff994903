/**
 * Command-line arguments of `crm-analytics`: `<command> [input] --name value … --flag`.
 * A bad argument is a usage error (exit code 2) with the message in English and Chinese.
 */
export class UsageError extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
  }
}

export interface Args {
  readonly command: string | undefined;
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
}

const FLAGS = new Set(["help", "no-nfc", "per-customer", "gamma-gamma", "quiet", "per-spelling"]);

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-h") flags.add("help");
    else if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (FLAGS.has(name)) flags.add(name);
      else if (inline !== undefined) options.set(name, inline);
      else if (i + 1 < argv.length && !argv[i + 1]!.startsWith("--")) options.set(name, argv[++i]!);
      else throw new UsageError(`--${name} needs a value.`, `--${name} 需要一个值。`);
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, options, flags };
}

/** A numeric option, or undefined when absent; a usage error when not a number. */
export function numberOption(args: Args, name: string): number | undefined {
  const v = args.options.get(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n))
    throw new UsageError(
      `--${name} must be a number, got "${v}".`,
      `--${name} 必须是数字，收到的是 "${v}"。`,
    );
  return n;
}

/** Every option must be one this command knows. */
export function checkKnown(args: Args, known: readonly string[]): void {
  for (const k of [...args.options.keys(), ...args.flags])
    if (!known.includes(k) && k !== "help" && k !== "quiet" && k !== "lang")
      throw new UsageError(
        `Unknown option --${k} for "${args.command}" (see crm-analytics ${args.command} --help).`,
        `"${args.command}" 没有选项 --${k}（见 crm-analytics ${args.command} --help）。`,
      );
}
