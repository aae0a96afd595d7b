import type { Reporter, TestModule } from 'vitest/node';

// Fails the run when a required layer ran no test, and prints the closing "N passed, N failed" line.
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const perProject = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of testModules) {
      const name = module.project.name.replace(/ \(.*\)$/, '');
      const counts = perProject.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (module.state() === 'failed' && counts.failed === 0) counts.failed += 1;
      perProject.set(name, counts);
    }
    const required = (process.env.REQUIRE_PROJECTS ?? '').split(',').filter(Boolean);
    for (const name of required) {
      const counts = perProject.get(name);
      if (!counts || counts.passed + counts.failed === 0) {
        console.error(`layer "${name}" ran no test`);
        process.exitCode = 1;
      }
    }
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const [name, c] of perProject) {
      console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
      passed += c.passed;
      failed += c.failed;
      skipped += c.skipped;
    }
    console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
