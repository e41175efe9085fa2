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
