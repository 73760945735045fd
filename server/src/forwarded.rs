//! Who the client is when the server sits behind reverse proxies. The TCP peer is the client
//! unless it is one of the configured trusted proxies; then `X-Forwarded-For` is read from the
//! right (the hop our proxy added) and the client is the first address that is not a trusted
//! proxy. A header from any other peer is ignored: anyone can send one, and the sign-in, reset
//! and sign-up limits key on this address.

use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};

/// The client's address, from the TCP `peer`, the `X-Forwarded-For` header values in the order
/// they arrived, and the `trusted` proxies. When every hop is a trusted proxy, the leftmost is
/// the client; a hop that is not an address ends the walk at the last address vouched for.
pub fn client_addr(peer: IpAddr, forwarded_for: &[&str], trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |addr: &IpAddr| trusted.iter().any(|net| net.contains(addr));
    let mut client = peer.to_canonical();
    if !is_trusted(&client) {
        return client;
    }
    let hops = forwarded_for
        .iter()
        .rev()
        .flat_map(|value| value.rsplit(','));
    for hop in hops {
        let Some(addr) = parse_hop(hop) else { break };
        client = addr;
        if !is_trusted(&client) {
            break;
        }
    }
    client
}

/// One hop: an address, possibly with a port (`192.0.2.1:443`, `[2001:db8::1]:443`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<SocketAddr>().map(|s| s.ip()))
        .ok()
        .map(|addr| addr.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn the_client_is_the_rightmost_untrusted_hop_and_never_a_header_from_an_untrusted_peer() {
        let trusted: Vec<IpNet> = ["10.0.0.0/8", "2001:db8:1::/48"]
            .iter()
            .map(|n| n.parse().unwrap())
            .collect();
        let cases: [(&str, &[&str], &str, &str); 13] = [
            ("203.0.113.5", &[], "203.0.113.5", "no proxy, no header"),
            (
                "203.0.113.5",
                &["198.51.100.7"],
                "203.0.113.5",
                "untrusted peer, forged header",
            ),
            (
                "10.0.0.2",
                &[],
                "10.0.0.2",
                "trusted peer, no header: the proxy itself",
            ),
            ("10.0.0.2", &["198.51.100.7"], "198.51.100.7", "one proxy"),
            (
                "10.0.0.2",
                &["192.0.2.66, 198.51.100.7"],
                "198.51.100.7",
                "a hop the client added is not believed",
            ),
            (
                "10.0.0.2",
                &["192.0.2.66, 198.51.100.7, 10.1.1.1"],
                "198.51.100.7",
                "several trusted hops",
            ),
            (
                "10.0.0.2",
                &["192.0.2.66", "198.51.100.7, 10.1.1.1"],
                "198.51.100.7",
                "several header lines read as one list",
            ),
            (
                "10.0.0.2",
                &["10.9.9.9, 10.1.1.1"],
                "10.9.9.9",
                "every hop trusted: the leftmost",
            ),
            (
                "10.0.0.2",
                &["not an address"],
                "10.0.0.2",
                "malformed: the proxy",
            ),
            (
                "10.0.0.2",
                &["198.51.100.7, garbage, 10.1.1.1"],
                "10.1.1.1",
                "malformed in the middle: the last hop vouched for",
            ),
            (
                "10.0.0.2",
                &["198.51.100.7:4711"],
                "198.51.100.7",
                "with a port",
            ),
            (
                "::ffff:10.0.0.2",
                &["[2001:db8:2::9]:443"],
                "2001:db8:2::9",
                "an IPv4-mapped peer and an IPv6 hop",
            ),
            (
                "2001:db8:1::5",
                &["198.51.100.7"],
                "198.51.100.7",
                "an IPv6 proxy",
            ),
        ];
        for (peer, header, expected, why) in cases {
            assert_eq!(
                client_addr(ip(peer), header, &trusted),
                ip(expected),
                "{why}"
            );
        }
        assert_eq!(
            client_addr(ip("10.0.0.2"), &["198.51.100.7"], &[]),
            ip("10.0.0.2"),
            "nothing trusted by default"
        );
    }
}
