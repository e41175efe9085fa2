# Sourced by the benchmark and evaluation scripts: unpacks the ITU-T half of the Relaton
# corpus (../shared/corpora/relaton-itu-data.tar.xz, or $STDGRAPH_CORPORA_DIR) into
# build/bench/itu-t once, and prints that folder. Never committed: unpacked at run time.
itu_t_corpus() {
  local archive=${STDGRAPH_CORPORA_DIR:-../shared/corpora}/relaton-itu-data.tar.xz
  [ -f "$archive" ] || { echo "no $archive: the Relaton corpus is not beside the project" >&2; return 2; }
  local dest=build/bench
  if [ ! -d "$dest/itu-t" ]; then
    rm -rf "$dest/all" "$dest/itu-t" "$dest/itu-t.part" && mkdir -p "$dest/all" "$dest/itu-t.part"
    tar -xJf "$archive" -C "$dest/all"
    find "$dest/all/data" -name 'itu-t-*.yaml' -exec mv -t "$dest/itu-t.part" {} +
    rm -rf "$dest/all"
    mv "$dest/itu-t.part" "$dest/itu-t"
  fi
  echo "$dest/itu-t"
}

# body_corpus NAME: unpacks ../shared/corpora/relaton-NAME-data.tar.xz (iec, etsi, 3gpp) into
# build/bench/NAME once, and prints its data folder (build/bench/NAME/relaton-data-NAME/data).
body_corpus() {
  local name=$1
  local archive=${STDGRAPH_CORPORA_DIR:-../shared/corpora}/relaton-$name-data.tar.xz
  [ -f "$archive" ] || { echo "no $archive: the $name catalogue is not beside the project" >&2; return 2; }
  local dest=build/bench
  if [ ! -d "$dest/$name" ]; then
    rm -rf "$dest/$name.part" && mkdir -p "$dest/$name.part"
    tar -xJf "$archive" -C "$dest/$name.part"
    mv "$dest/$name.part" "$dest/$name"
  fi
  echo "$dest/$name/relaton-data-$name/data"
}
