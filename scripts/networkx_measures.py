#!/usr/bin/env python3
"""Network measures computed by NetworkX, to check Regiokracht's own implementation against.

Usage: python3 scripts/networkx_measures.py IN.json OUT.json

IN:  {"nodes": [{"id": "999", "role": "education"}, ...], "edges": [["999", "998", 2], ...]}
OUT: {"networkx_version", "nodes", "edges", "density", "components", "largest_component_share",
      "assortativity" (null where NetworkX gives NaN), "degree_centrality": {id: value},
      "betweenness": {id: value}, "betweenness_seconds"}

Betweenness is nx.betweenness_centrality(G, normalized=True), unweighted; assortativity is
nx.attribute_assortativity_coefficient(G, "role").
"""

import json
import math
import sys
import time

try:
    import networkx as nx
except ImportError:
    sys.exit("networkx_measures.py: NetworkX is not installed (Debian: apt-get install python3-networkx)")


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: networkx_measures.py IN.json OUT.json")
    with open(argv[1], encoding="utf-8") as f:
        data = json.load(f)

    graph = nx.Graph()
    for node in data["nodes"]:
        graph.add_node(node["id"], role=node["role"])
    for source, target, weight in data["edges"]:
        graph.add_edge(source, target, weight=weight)

    started = time.perf_counter()
    betweenness = nx.betweenness_centrality(graph, normalized=True)
    betweenness_seconds = time.perf_counter() - started

    assortativity = nx.attribute_assortativity_coefficient(graph, "role")
    components = list(nx.connected_components(graph))
    n = graph.number_of_nodes()
    result = {
        "networkx_version": nx.__version__,
        "nodes": n,
        "edges": graph.number_of_edges(),
        "density": nx.density(graph),
        "components": len(components),
        "largest_component_share": max(len(c) for c in components) / n if n else None,
        "assortativity": None if math.isnan(assortativity) else assortativity,
        "degree_centrality": nx.degree_centrality(graph),
        "betweenness": betweenness,
        "betweenness_seconds": betweenness_seconds,
    }
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main(sys.argv)
