package org.reshore.check;

import java.util.ArrayList;
import java.util.List;
import org.reshore.model.Product;

/** Checks on the bills of materials: no product may be made, directly or not, from itself. */
public final class BillOfMaterials {
    private BillOfMaterials() {}

    /**
     * The first cycle found (searching products in index order) as product indices along the
     * "is made from" relation, closed: {@code [a, b, a]} means a needs b and b needs a. Empty when
     * the bills of materials are acyclic.
     */
    public static List<Integer> findCycle(List<Product> products) {
        int n = products.size();
        int[] state = new int[n]; // 0 new, 1 on the current path, 2 done
        List<Integer> path = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (state[p] == 0) {
                List<Integer> c = visit(products, p, state, path);
                if (!c.isEmpty()) return c;
            }
        }
        return List.of();
    }

    // Iterative would avoid deep recursion, but bills of materials are a few levels deep.
    private static List<Integer> visit(List<Product> products, int p, int[] state, List<Integer> path) {
        state[p] = 1;
        path.add(p);
        for (Product.Input in : products.get(p).inputs()) {
            int q = in.product();
            if (state[q] == 1) {
                List<Integer> cycle = new ArrayList<>(path.subList(path.indexOf(q), path.size()));
                cycle.add(q);
                return cycle;
            }
            if (state[q] == 0) {
                List<Integer> c = visit(products, q, state, path);
                if (!c.isEmpty()) return c;
            }
        }
        path.remove(path.size() - 1);
        state[p] = 2;
        return List.of();
    }
}
