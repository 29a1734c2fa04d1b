# Builds the Windows installer: dist\subtitle-desk-<version>-windows-x64-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1 [-NoInstall]
#
# Needs 64-bit Python 3.11+ on the PATH (or in .venv) and Inno Setup 6.3+ (ISCC.exe; installed
# with Chocolatey when missing and choco is available). Steps: .venv with the 'packaging' extra,
# PyInstaller one-folder bundle, smoke test of the bundle (--demo --smoke-test, offscreen), the
# Inno Setup installer, then (unless -NoInstall) a silent install, a smoke test of the installed
# app and a silent uninstall. Any failure stops the script with a non-zero exit code.
[CmdletBinding()]
param([switch]$NoInstall)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $Root

function Invoke-Native {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Invoke-Smoke {
    param([string]$Exe, [string]$What)
    Write-Host "== smoke test ($What): $Exe --demo --smoke-test"
    $smokeDir = Join-Path $env:TEMP ("subtitle-desk-smoke-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $smokeDir | Out-Null
    $env:QT_QPA_PLATFORM = 'offscreen'
    $env:SUBTITLE_DESK_DATA_DIR = Join-Path $smokeDir 'data'
    # The app logs to stderr: with 2>&1 and 'Stop', Windows PowerShell would treat that as an error.
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        $output = & $Exe --demo --smoke-test 2>&1 | ForEach-Object { "$_" }
        $code = $LASTEXITCODE
    } finally {
        $ErrorActionPreference = $saved
        Remove-Item Env:QT_QPA_PLATFORM, Env:SUBTITLE_DESK_DATA_DIR -ErrorAction SilentlyContinue
        Remove-Item -Recurse -Force $smokeDir -ErrorAction SilentlyContinue
    }
    $output | Where-Object { $_ -like 'smoke:*' } | ForEach-Object { Write-Host $_ }
    if ($code -ne 0 -or -not ($output -contains 'smoke: OK')) {
        $output | Select-Object -Last 40 | ForEach-Object { Write-Host $_ }
        throw "smoke test of the $What app failed (exit $code)"
    }
}

$started = Get-Date

# -- Python environment ------------------------------------------------------------------------
$Python = Join-Path $Root '.venv\Scripts\python.exe'
if (-not (Test-Path $Python)) {
    Write-Host '== making .venv'
    Invoke-Native 'python' @('-m', 'venv', '.venv')
}
Invoke-Native $Python @('-m', 'pip', 'install', '-q', '--upgrade', 'pip')
Invoke-Native $Python @('-m', 'pip', 'install', '-q', '-e', '.[packaging]')
$Version = (& $Python packaging\pkgtool.py version).Trim()
$NumericVersion = (& $Python packaging\pkgtool.py windows-version).Trim()
if (-not $Version) { throw 'could not read the version from pyproject.toml' }

# -- Inno Setup -------------------------------------------------------------------------------
$Iscc = (Get-Command 'ISCC.exe' -ErrorAction SilentlyContinue | Select-Object -First 1 -ExpandProperty Source)
if (-not $Iscc) {
    $candidates = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")
    $Iscc = $candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc -and (Get-Command 'choco' -ErrorAction SilentlyContinue)) {
    Write-Host '== installing Inno Setup (choco)'
    Invoke-Native 'choco' @('install', 'innosetup', '-y', '--no-progress')
    $Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe") |
        Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) { throw 'Inno Setup (ISCC.exe) not found: install Inno Setup 6.3 or later' }

# -- bundle -----------------------------------------------------------------------------------
$Work = Join-Path $Root 'build\windows'
if (Test-Path $Work) { Remove-Item -Recurse -Force $Work }
New-Item -ItemType Directory -Force -Path $Work, (Join-Path $Root 'dist') | Out-Null
$env:SUBTITLE_DESK_ICON_DIR = Join-Path $Work 'icons'
Write-Host "== PyInstaller: Subtitle Desk $Version"
$bundleStarted = Get-Date
Invoke-Native $Python @('-m', 'PyInstaller', '--noconfirm', '--clean', '--log-level', 'WARN',
    '--distpath', (Join-Path $Work 'pyinstaller\dist'), '--workpath', (Join-Path $Work 'pyinstaller\work'),
    'packaging\subtitle-desk.spec')
$bundleSeconds = [math]::Round(((Get-Date) - $bundleStarted).TotalSeconds, 1)
$App = Join-Path $Work 'pyinstaller\dist\subtitle-desk'
foreach ($part in @('subtitle-desk.exe', 'subtitle-desk-cli.exe', '_internal\resources\demo\subtitle-desk-demo.mp4',
                    '_internal\PySide6\plugins\multimedia', '_internal\PySide6\plugins\platforms\qwindows.dll')) {
    if (-not (Test-Path (Join-Path $App $part))) { throw "the bundle lacks $part" }
}
$Cli = Join-Path $App 'subtitle-desk-cli.exe'
$said = (& $Cli --version | Out-String).Trim()
if ($said -ne "subtitle-desk $Version") { throw "the bundle says '$said', pyproject.toml says $Version" }
Invoke-Smoke $Cli 'bundled'

# -- installer --------------------------------------------------------------------------------
Write-Host '== Inno Setup'
Invoke-Native $Iscc @('/Q', "/DAppVersion=$Version", "/DAppNumericVersion=$NumericVersion", "/DSourceDir=$App",
    "/DIconFile=$(Join-Path $Work 'icons\subtitle-desk.ico')", "/DOutputDir=$(Join-Path $Root 'dist')",
    'packaging\windows\subtitle-desk.iss')
$Setup = Join-Path $Root "dist\subtitle-desk-$Version-windows-x64-setup.exe"
if (-not (Test-Path $Setup)) { throw "Inno Setup made no $Setup" }

$bundleMb = [math]::Round(((Get-ChildItem -Recurse -File $App | Measure-Object -Sum Length).Sum) / 1MB)
$setupMb = [math]::Round((Get-Item $Setup).Length / 1MB)
$buildSeconds = [math]::Round(((Get-Date) - $started).TotalSeconds, 1)
Write-Host "== figures: bundle $bundleMb MB, installer $setupMb MB, PyInstaller $bundleSeconds s, build $buildSeconds s"

if ($NoInstall) { Write-Host "== OK: $Setup (not installed: -NoInstall)"; exit 0 }

# -- install silently, smoke-test the installed app, uninstall ------------------------------------
$Target = Join-Path $env:ProgramFiles 'Subtitle Desk'
Write-Host "== installing silently into $Target"
$log = Join-Path $Work 'install.log'
$p = Start-Process -FilePath $Setup -ArgumentList @('/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART', '/ALLUSERS',
    "/LOG=`"$log`"", '/TASKS=associate') -Wait -PassThru
if ($p.ExitCode -ne 0) { Get-Content $log -Tail 40 | Write-Host; throw "the installer failed with exit code $($p.ExitCode)" }
Invoke-Smoke (Join-Path $Target 'subtitle-desk-cli.exe') 'installed'
$uninstaller = Join-Path $Target 'unins000.exe'
if (-not (Test-Path $uninstaller)) { throw 'the installed app has no uninstaller' }
$p = Start-Process -FilePath $uninstaller -ArgumentList @('/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART') -Wait -PassThru
if ($p.ExitCode -ne 0) { throw "the uninstaller failed with exit code $($p.ExitCode)" }
Write-Host "== OK: $Setup built, installed, smoke-tested and uninstalled"
