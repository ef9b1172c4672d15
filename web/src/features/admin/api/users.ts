// Users: list with filters (whole, or a page at a time), create, edit, reset password and an analyst's portfolio (/api/admin/users).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client } from '../../../lib/api-client';
import type { CreateUserBody, UpdateUserBody, UserListQuery } from './types';

const USERS_KEY = ['admin', 'users'] as const;
const users = client.api.admin.users;
/** One page holds every user the BMA Budget Office has (about a hundred); the API allows up to 500. */
const LIST_LIMIT = '500';

export function useAdminUsers(query: UserListQuery = {}) {
  return useQuery({
    queryKey: [...USERS_KEY, query],
    queryFn: () => call(users.$get({ query: { ...query, limit: LIST_LIMIT } })),
  });
}

/** The users page reads a page at a time: on a phone a few screens of short rows, then "show more". */
export const USERS_PAGE_SIZE = 25;

export function useAdminUserPages(query: UserListQuery) {
  return useInfiniteQuery({
    queryKey: [...USERS_KEY, 'pages', query],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => call(users.$get({ query: { ...query, cursor: pageParam ?? undefined, limit: String(USERS_PAGE_SIZE) } })),
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: USERS_KEY });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: CreateUserBody) => call(users.$post({ json: body })),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) => call(users[':id'].$patch({ param: { id }, json: body })),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      call(users[':id'].password.$post({ param: { id }, json: { password } })),
  });
}

export function useSavePortfolio() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, unitCodes }: { id: string; unitCodes: string[] }) =>
      call(users[':id'].portfolio.$put({ param: { id }, json: { unitCodes } })),
    onSuccess: invalidate,
  });
}
