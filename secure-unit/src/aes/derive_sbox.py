#!/usr/bin/env python3
# Derives (and self-checks against the S-box definition) the tower-field
# GF((2^4)^2) constants used in sbox.rs: GF(16) = GF(2)[x]/(x^4+x+1),
# GF(256) = GF(16)[y]/(y^2+y+lambda). Over all lambdas and AES-generator
# images beta it keeps the one with the fewest ones in the four 8x8 linear
# maps (row j of a map = mask of input bits XORed into output bit j).
# Run: python3 secure-unit/src/aes/derive_sbox.py
def gmul8(a,b):
    p=0
    for i in range(8):
        if b>>i&1: p^=a<<i
    for i in range(14,7,-1):
        if p>>i&1: p^=0x11b<<(i-8)
    return p
def g16(a,b):
    p=0
    for i in range(4):
        if b>>i&1: p^=a<<i
    for i in range(6,3,-1):
        if p>>i&1: p^=0x13<<(i-4)
    return p
inv16=[0]+[next(y for y in range(16) if g16(x,y)==1) for x in range(1,16)]
def irreducible(lam):
    return all(g16(y,y)^y^lam for y in range(16))
lams=[l for l in range(16) if irreducible(l)]
print("lambdas",lams)
def tmul(a,b,lam):
    ah,al=a>>4,a&15; bh,bl=b>>4,b&15
    hh=g16(ah,bh)
    h=hh^g16(ah,bl)^g16(al,bh)
    l=g16(hh,lam)^g16(al,bl)
    return h<<4|l
def tpow(a,n,lam):
    r=1
    for _ in range(n): r=tmul(r,a,lam)
    return r
sbox=[]
for x in range(256):
    inv=0 if x==0 else next(y for y in range(256) if gmul8(x,y)==1)
    s=inv
    for k in range(1,5): s^=((inv<<k)|(inv>>(8-k)))&0xff
    sbox.append(s^0x63)
assert sbox[0x53]==0xed
def apply(rows,x):
    return sum((bin(x&r).count('1')&1)<<j for j,r in enumerate(rows))
def mat_from_fn(f):  # linear f -> rows
    cols=[f(1<<i) for i in range(8)]
    return [sum(((cols[i]>>j)&1)<<i for i in range(8)) for j in range(8)]
def popsum(rows): return sum(bin(r).count('1') for r in rows)
best=None
for lam in lams:
    for beta in range(2,256):
        # root of x^8+x^4+x^3+x+1
        v=tpow(beta,8,lam)^tpow(beta,4,lam)^tpow(beta,3,lam)^beta^1
        if v: continue
        cols=[tpow(beta,i,lam) for i in range(8)]
        def Tf(x,cols=cols):
            r=0
            for i in range(8):
                if x>>i&1: r^=cols[i]
            return r
        tab=[Tf(x) for x in range(256)]
        if len(set(tab))!=256: continue
        Tinv=[0]*256
        for x in range(256): Tinv[tab[x]]=x
        A=lambda x: (x^((x<<1|x>>7)&255)^((x<<2|x>>6)&255)^((x<<3|x>>5)&255)^((x<<4|x>>4)&255))
        Ainv=lambda x: (((x<<1|x>>7)&255)^((x<<3|x>>5)&255)^((x<<6|x>>2)&255))
        enc_in=mat_from_fn(lambda x:tab[x])
        enc_out=mat_from_fn(lambda z:A(Tinv[z]))
        dec_in=mat_from_fn(lambda x:tab[Ainv(x)])
        dec_out=mat_from_fn(lambda z:Tinv[z])
        dec_c=tab[0x05]
        cost=popsum(enc_in)+popsum(enc_out)+popsum(dec_in)+popsum(dec_out)
        cand=(cost,lam,beta,enc_in,enc_out,dec_in,dec_c,dec_out)
        if best is None or cost<best[0]: best=cand
cost,lam,beta,enc_in,enc_out,dec_in,dec_c,dec_out=best
print("cost",cost,"lambda",lam,"beta",hex(beta))
def tinv(z,lam):
    ah,al=z>>4,z&15; s=ah^al
    d=g16(g16(ah,ah),lam)^g16(al,s)
    di=inv16[d]
    return g16(ah,di)<<4|g16(s,di)
for x in range(256):
    z=apply(enc_in,x); y=apply(enc_out,tinv(z,lam))^0x63
    assert y==sbox[x],x
    z=apply(dec_in,sbox[x])^dec_c; y=apply(dec_out,tinv(z,lam))
    assert y==x
for nm,m in [("enc_in",enc_in),("enc_out",enc_out),("dec_in",dec_in),("dec_out",dec_out)]:
    print(nm,["0x%02X"%r for r in m])
print("dec_c 0x%02X"%dec_c)
print("inv16",["0x%X"%v for v in inv16])
# lam*x^2 as 4x4 rows
sqrows=[sum(((g16(g16(1<<i,1<<i),lam)>>j)&1)<<i for i in range(4)) for j in range(4)]
print("lam_sq rows",["0x%X"%r for r in sqrows])
