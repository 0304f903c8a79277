@echo off
rem kzp as this workspace carries it (tools\kzp.mjs, refreshed by "kzp vendor").
rem Needs Node.js 20.19 or later only: no npm, no registry, no network.
rem Usage as kzp itself, e.g.  tools\kzp ledger add
node "%~dp0kzp.mjs" %*
exit /b %ERRORLEVEL%
