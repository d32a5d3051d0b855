/**
 * Round-45 command rules.
 *
 * A job script that powers off the machine it runs on as its LAST step: a file that starts with a
 * shebang (a boot / user-data / batch script handed to a tool as file content) whose final command,
 * after `&&` or `;`, is `shutdown -h now`, `poweroff` or `halt`. That is how a run-once instance
 * (a benchmark, a build, a batch job launched with terminate-on-shutdown) ends itself; it stops no
 * other machine. A power-off anywhere else in the script (followed by more commands), a reboot
 * loop, a value that is a command line rather than a script file, or `shutdown` aimed at another
 * host (`shutdown /m \\host`, `ssh … shutdown`) still counts as a chained dangerous command.
 *
 *   #!/bin/bash
 *   python3 /opt/run_bench.py --out s3://bucket/results/ && shutdown -h now
 *
 * Bounded, no nested quantifiers over overlapping classes.
 */

/** A script file: a shebang on the first line. */
const SHEBANG = /^\s{0,4}#!\s{0,2}\/[\w/.-]{1,60}(?:\s{1,4}[\w-]{1,20})?[ \t]{0,4}\r?\n/;
/** The rest of the value after the separator: one power-off of this machine, then the end. */
const POWER_OFF_LAST =
  /^\s{0,8}(?:sudo\s{1,4})?(?:\/s?bin\/|\/usr\/s?bin\/)?(?:shutdown(?:\s{1,4}(?:-[hHP]|--poweroff|--halt|now|\+\d{1,4})){0,3}|poweroff|halt(?:\s{1,4}-p)?|systemctl\s{1,4}(?:poweroff|halt))\s{0,8}$/;

/**
 * True when `view` is a script file and `rest` (the value after the separator of a chained
 * dangerous command) is only a power-off of the machine that runs it, at the very end.
 */
export function selfPowerOffAtEnd(view: string, rest: string): boolean {
  return rest.length < 120 && SHEBANG.test(view) && POWER_OFF_LAST.test(rest);
}
