@echo off
rem ddassets: runs the command-line tool from the jar that sits beside this script.
rem JAVA_HOME picks the Java runtime; DDASSETS_JAVA_OPTS adds JVM options.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem A command runs for well under a second: client compiler only, serial collector.
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData %DDASSETS_JAVA_OPTS% -jar "%~dp0ddassets.jar" %*
exit /b %ERRORLEVEL%
