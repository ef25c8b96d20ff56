#!/usr/bin/env bash
# Install the built app for the current user (no root needed):
#   ~/.local/lib/annotator/            the app folder (dist/annotator)
#   ~/.local/bin/annotator             a link to its executable
#   ~/.local/share/applications/       the menu entry (.desktop), opening .annotator files
#   ~/.local/share/icons/hicolor/      the icon in every size
#   ~/.local/share/mime/packages/      the .annotator file type
#   ~/.local/share/metainfo/           AppStream data for software centres
#
#   install.sh                 install (or update) from the app folder beside this script
#   install.sh --app DIR       install the app folder DIR (default: .. or ../../dist/annotator)
#   install.sh --uninstall     remove all of the above; projects and settings are kept
set -euo pipefail

APP_ID=io.github.annotator.Annotator
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin_dir=$HOME/.local/bin
lib_dir=$HOME/.local/lib/annotator

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }
fail() { echo "install.sh: $*" >&2; exit 1; }

refresh_caches() {
    if command -v update-desktop-database > /dev/null; then update-desktop-database -q "$data/applications" || true; fi
    if command -v update-mime-database > /dev/null; then update-mime-database "$data/mime" || true; fi
    if command -v gtk-update-icon-cache > /dev/null && [[ -f "$data/icons/hicolor/index.theme" ]]; then
        gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
    fi
}

uninstall() {
    rm -f "$data/applications/$APP_ID.desktop" "$data/metainfo/$APP_ID.metainfo.xml" \
        "$data/mime/packages/annotator-project.xml"
    rm -f "$data"/icons/hicolor/*/apps/"$APP_ID".png "$data"/icons/hicolor/scalable/apps/"$APP_ID".svg
    # The link only if it is ours: never a different annotator (pipx, a venv).
    if [[ -L "$bin_dir/annotator" && "$(readlink "$bin_dir/annotator")" == "$lib_dir/annotator" ]]; then
        rm -f "$bin_dir/annotator"
    fi
    rm -rf "$lib_dir"
    refresh_caches
    echo "annotator uninstalled; projects in $data/annotator and the settings are kept"
}

find_app() {
    local candidate candidates=("$here/.." "$here/../../dist/annotator")
    [[ -n "$1" ]] && candidates=("$1")  # a folder named with --app, and no other
    for candidate in "${candidates[@]}"; do
        if [[ -n "$candidate" && -x "$candidate/annotator" && -d "$candidate/_internal" ]]; then
            (cd "$candidate" && pwd)
            return 0
        fi
    done
    return 1
}

# The desktop entry's Exec value: the path quoted as the Desktop Entry spec says.
exec_quoted() {
    # Inside quotes: \ " ` $ take a backslash, and the string rules double every backslash.
    printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g')"
}

install() {
    local app=$1
    "$app/annotator" --version > /dev/null || fail "$app/annotator does not run"
    mkdir -p "$bin_dir" "$(dirname "$lib_dir")" "$data/applications" "$data/metainfo" "$data/mime/packages"
    if [[ "$app" != "$lib_dir" ]]; then
        rm -rf "$lib_dir.new"
        cp -a "$app" "$lib_dir.new"
        rm -rf "$lib_dir"
        mv "$lib_dir.new" "$lib_dir"
    fi
    ln -sfn "$lib_dir/annotator" "$bin_dir/annotator"
    local exec_line
    exec_line="Exec=$(exec_quoted "$lib_dir/annotator") %f"
    while IFS= read -r line; do
        case $line in
            Exec=*) printf '%s\n' "$exec_line" ;;
            TryExec=*) printf 'TryExec=%s\n' "$lib_dir/annotator" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done < "$here/$APP_ID.desktop" > "$data/applications/$APP_ID.desktop"
    cp "$here/$APP_ID.metainfo.xml" "$data/metainfo/"
    cp "$here/annotator-project.xml" "$data/mime/packages/"
    local icon
    for icon in "$here"/icons/hicolor/*/apps/*; do
        local size_dir
        size_dir=$(basename "$(dirname "$(dirname "$icon")")")
        mkdir -p "$data/icons/hicolor/$size_dir/apps"
        cp "$icon" "$data/icons/hicolor/$size_dir/apps/"
    done
    refresh_caches
    if command -v xdg-mime > /dev/null; then
        xdg-mime default "$APP_ID.desktop" application/x-annotator-project || true
    fi
    echo "annotator installed in $lib_dir; it is in the applications menu and opens .annotator files"
    case ":$PATH:" in
        *":$bin_dir:"*) ;;
        *) echo "note: $bin_dir is not on your PATH; add it to run 'annotator' from a terminal" ;;
    esac
}

app_arg=""
action=install
while [[ $# -gt 0 ]]; do
    case $1 in
        --uninstall) action=uninstall ;;
        --app) [[ $# -ge 2 ]] || fail "--app needs a folder"; app_arg=$2; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; fail "unknown argument: $1" ;;
    esac
    shift
done

if [[ $action == uninstall ]]; then
    uninstall
else
    app=$(find_app "$app_arg") || fail "no built app found (${app_arg:-beside this script or in dist/annotator}); run 'make package' first"
    install "$app"
fi
