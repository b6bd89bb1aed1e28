#!/usr/bin/env python3
"""Computes every key value for subnetting (python3 standard library, ipaddress)."""
import ipaddress

net = ipaddress.ip_interface("192.168.37.150/27").network
print("5.1a", net.network_address)
print("5.1b", net.broadcast_address)
print("5.1c", net.num_addresses - 2)
print("5.2 ", 2 ** (32 - 22) - 2)
prefix = max(p for p in range(17, 31) if 2 ** (32 - p) - 2 >= 500)
print("5.3a", prefix)
print("5.3b", 2 ** (prefix - 16))
print("5.3c", ipaddress.ip_network(f"10.20.0.0/{prefix}").netmask)
target = ipaddress.ip_network("172.16.64.0/18")
opts = {"A": "172.16.63.255", "B": "172.16.127.1", "C": "172.16.128.0", "D": "172.16.0.64"}
print("5.4 ", [k for k, v in opts.items() if ipaddress.ip_address(v) in target])
