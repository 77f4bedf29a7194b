#!/usr/bin/env node
import { processContext } from '../dist/cli/context.js';
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), processContext());
